// Copies the non-TypeScript files under src/ (the web chat page, the dashboard's page and
// browser modules, …) next to the compiled modules in dist/src/, where the code reads them.
// Part of `npm run build`.
import { cpSync, statSync } from 'node:fs';

cpSync('src', 'dist/src', {
  recursive: true,
  filter: (path) =>
    statSync(path).isDirectory() ||
    /\.(html|css|svg|png|ico)$/.test(path) ||
    // Browser modules are plain JS, not compiled: only those under an assets/ folder.
    /[\\/]assets[\\/][^\\/]+\.js$/.test(path),
});
