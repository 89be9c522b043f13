import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../bench/lib/compiled.js';
import { summarizeProfile } from '../../bench/lib/cpu-profile.js';

const dir = mkdtempSync(join(tmpdir(), 'cpu-profile-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, scriptId: '0', url, lineNumber, columnNumber: 0 });

/** A small profile: a socket write under the pg driver, a function of ours, idle and GC; 1 ms per sample. */
function writeProfile(): string {
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 5, 6] },
      { id: 2, callFrame: frame('query', pathToFileURL(join(ROOT, 'node_modules/pg/lib/client.js')).href, 9), children: [4] },
      { id: 3, callFrame: frame('handle', pathToFileURL(join(ROOT, 'src/core/runner.ts')).href, 40) },
      { id: 4, callFrame: frame('writev') },
      { id: 5, callFrame: frame('(idle)') },
      { id: 6, callFrame: frame('(garbage collector)') },
    ],
    startTime: 1_000,
    endTime: 8_000,
    // Sample times 1100, 2100, … 7100 µs; each stands for the time until the next (1 ms).
    samples: [4, 4, 3, 5, 6, 4, 3],
    timeDeltas: [100, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
  };
  const path = join(dir, 'test.cpuprofile');
  writeFileSync(path, JSON.stringify(profile));
  return path;
}

describe('CPU profile summary', () => {
  it('sums self time per frame, leaves idle out of the busy share and names files shortly', () => {
    const summary = summarizeProfile(writeProfile(), 10);
    expect(summary.windowed).toBe(false);
    expect(summary.sampledMs).toBe(6);
    expect(summary.idleMs).toBe(1);
    expect(summary.top).toEqual([
      { function: 'writev', location: '(native)', selfMs: 3, percent: 60 },
      { function: 'handle', location: 'src/core/runner.ts:41', selfMs: 1, percent: 20 },
      { function: '(garbage collector)', location: '(native)', selfMs: 1, percent: 20 },
    ]);
  });

  it('counts a native frame for the package on its stack', () => {
    const summary = summarizeProfile(writeProfile(), 10);
    expect(summary.byArea).toEqual([
      { area: 'pg', selfMs: 3, percent: 60 },
      { area: 'src/core', selfMs: 1, percent: 20 },
      { area: '(garbage collector)', selfMs: 1, percent: 20 },
    ]);
  });

  it('keeps only the samples of the window when it lies inside the profile', () => {
    const summary = summarizeProfile(writeProfile(), 10, 2_000, 3_500);
    expect(summary.windowed).toBe(true);
    expect(summary.sampledMs).toBe(2);
    expect(summary.top.map((row) => [row.function, row.selfMs])).toEqual([
      ['writev', 1],
      ['handle', 1],
    ]);
    expect(summarizeProfile(writeProfile(), 10, 0, 3_500).windowed).toBe(false);
  });
});
