// `node --import ./test/support/build-trace.mjs scripts/build.mjs …`: appends one line per
// step of the build lock and of the build to the file BUILD_TRACE names, as the process takes
// the step, so a test can read in which order processes started together took the lock and
// built (appends from several processes land in one order):
//
//   <pid> lock-busy      the lock folder was there when this process tried to create it (once per wait)
//   <pid> lock-taken     this process created the lock folder
//   <pid> lock-removed   this process removes it (releases its own, or clears a stale one)
//   <pid> build-start    dist/ emptied for a build
//   <pid> build-end      dist/.build-stamp written (the build is complete)
//
// It wraps node:fs's mkdirSync, rmSync and writeFileSync, noting the calls on those paths and
// passing every call on unchanged: the build behaves as without it.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';

const file = process.env.BUILD_TRACE;
if (file) {
  const { mkdirSync, rmSync, writeFileSync } = fs;
  const note = (event) => writeFileSync(file, `${process.pid} ${event}\n`, { flag: 'a' });
  const named = (path) => (typeof path === 'string' || path instanceof URL ? basename(String(path)) : '');
  let waiting = false;

  fs.mkdirSync = function (path, ...rest) {
    if (named(path) !== '.build-lock') return mkdirSync.call(this, path, ...rest);
    try {
      const result = mkdirSync.call(this, path, ...rest);
      waiting = false;
      note('lock-taken');
      return result;
    } catch (error) {
      if (error?.code === 'EEXIST' && !waiting) {
        waiting = true;
        note('lock-busy');
      }
      throw error;
    }
  };
  // Noted before removing: once the folder is gone another process may take the lock and note so.
  fs.rmSync = function (path, ...rest) {
    if (named(path) === '.build-lock') note('lock-removed');
    else if (named(path) === 'dist') note('build-start');
    return rmSync.call(this, path, ...rest);
  };
  fs.writeFileSync = function (path, ...rest) {
    const result = writeFileSync.call(this, path, ...rest);
    if (named(path) === '.build-stamp') note('build-end');
    return result;
  };
  // `import { mkdirSync } from 'node:fs'` in the modules loaded after this one sees the wrappers.
  syncBuiltinESMExports();
}
