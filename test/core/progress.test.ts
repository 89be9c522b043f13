/**
 * Progress of long jobs: one log step per 10 % (never more, whatever the batch sizes), a
 * terminal tick at most every interval and always at the end, rate and time left.
 */
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { consoleProgress, Progress, progressText, type ProgressReading } from '../../src/progress.js';

describe('Progress', () => {
  it('reports each 10 % step once, with the rate and the time left', () => {
    let now = 0;
    const steps: ProgressReading[] = [];
    const ticks: ProgressReading[] = [];
    const progress = new Progress(92_000, { onStep: (r) => steps.push(r), onTick: (r) => ticks.push(r), terminalIntervalMs: 1_000, now: () => now });
    for (let done = 0; done < 92_000; ) {
      now += 100;
      done = Math.min(92_000, done + 2_300);
      progress.update(done);
    }
    expect(steps.map((r) => r.percent - (r.percent % 10))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    // 2,300 rows per 100 ms.
    expect(steps[0]!.ratePerSecond).toBeCloseTo(23_000, -2);
    expect(steps[4]!.remainingMs).toBeGreaterThan(0);
    expect(steps.at(-1)).toMatchObject({ done: 92_000, percent: 100, remainingMs: 0 });
    // 4 s of work with a 1 s interval: a handful of ticks, the last one at the end.
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.at(-1)!.done).toBe(92_000);
  });

  it('jumps several steps at once as one report, and never goes past the total or backwards', () => {
    let now = 0;
    const steps: number[] = [];
    const progress = new Progress(10, { onStep: (r) => steps.push(r.percent), now: () => (now += 10) });
    progress.update(5);
    progress.update(3);
    progress.add(50);
    expect(steps).toEqual([50, 100]);
    expect(progress.reading().done).toBe(10);
  });

  it('writes a line a person can read', () => {
    expect(progressText({ done: 45_000, total: 91_000, percent: 49, ratePerSecond: 8_200, remainingMs: 5_600 }, 'rows')).toBe(
      '45,000/91,000 rows (49 %), 8,200 rows/s, about 6 s left',
    );
    expect(progressText({ done: 10, total: 10, percent: 100, ratePerSecond: 5, remainingMs: 0 }, 'desa')).toContain('done');
  });

  it('draws one line in place on a terminal, and plain lines per 10 % elsewhere (npm run recompute)', () => {
    const written = (isTTY: boolean) => {
      const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream;
      const chunks: string[] = [];
      (stream as unknown as PassThrough).on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
      const report = consoleProgress('recompute', 'desa', stream);
      for (let done = 0; done <= 40; done += 2) report(done, 40);
      return chunks.join('');
    };
    const log = written(false);
    const lines = log.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^recompute: 4\/40 desa \(10 %\), /);
    expect(lines.at(-1)).toMatch(/^recompute: 40\/40 desa \(100 %\), .*done$/);
    expect(log).not.toContain('\r');

    const terminal = written(true);
    // Redrawn with a carriage return, ended by one newline at the end.
    expect(terminal.startsWith('\r\x1b[2Krecompute: 0/40 desa')).toBe(true);
    expect(terminal.split('\r').length).toBeGreaterThan(1);
    expect(terminal).toContain('\r\x1b[2Krecompute: 40/40 desa (100 %)');
    expect(terminal.match(/\n/g)).toHaveLength(1);
    expect(terminal.endsWith('done\n')).toBe(true);
  });
});
