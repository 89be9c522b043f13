// `node --import ./test/support/module-log.mjs …`: appends the URL of every module the process
// loads (ESM imports and CommonJS requires alike, once each) to the file MODULE_LOG names, as
// it loads it, so a test can read which packages a running app has loaded so far.
import { appendFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.MODULE_LOG;
if (file) {
  writeFileSync(file, '');
  const seen = new Set();
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      if (!seen.has(resolved.url)) {
        seen.add(resolved.url);
        appendFileSync(file, `${resolved.url}\n`);
      }
      return resolved;
    },
  });
}
