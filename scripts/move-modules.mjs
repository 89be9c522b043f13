// One-off refactoring aid (not committed): moves TS modules and rewrites relative imports.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
const root = process.cwd();
const pairs = process.argv.slice(2).map((a) => a.split('=>').map((p) => path.resolve(root, p)));
const map = new Map(pairs);
const files = execSync("git ls-files '*.ts' '*.mjs' '*.js' '*.cjs'", { encoding: 'utf8' }).trim().split('\n').map((f) => path.resolve(root, f)).filter((f) => !f.includes('/generated/'));
const re = /(from\s+|import\s*\(\s*|import\s+|vi\.mock\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;
for (const file of files) {
  const src = fs.readFileSync(file, 'utf8');
  const newFile = map.get(file) ?? file;
  let changed = false;
  const out = src.replace(re, (m, pre, q, spec) => {
    const abs = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    const target = map.get(abs) ?? abs;
    let rel = path.relative(path.dirname(newFile), target);
    if (!rel.startsWith('.')) rel = './' + rel;
    if (spec.endsWith('.js')) rel = rel.replace(/\.ts$/, '.js');
    if (rel === spec) return m;
    changed = true;
    return `${pre}${q}${rel}${q}`;
  });
  if (changed) fs.writeFileSync(file, out);
}
for (const [from, to] of pairs) { fs.mkdirSync(path.dirname(to), { recursive: true }); execSync(`git mv ${JSON.stringify(from)} ${JSON.stringify(to)}`); }
