/**
 * Progress of a long job (the first region seed, …) for people watching: on a terminal one
 * line redrawn in place a few times a second; in logs one line per 10 % — never a flood.
 * Each report says how much is done, the rate and the time left.
 */

/** One progress reading. */
export interface ProgressReading {
  readonly done: number;
  readonly total: number;
  /** 0–100, whole. */
  readonly percent: number;
  /** Units per second since the start (0 before the first unit). */
  readonly ratePerSecond: number;
  /** Estimated milliseconds left; undefined until the rate is known. */
  readonly remainingMs: number | undefined;
}

/** Where readings go. */
export interface ProgressSinks {
  /** Called at each 10 % step (10, 20, … 100): for logs. */
  readonly onStep?: (reading: ProgressReading) => void;
  /** Called at most every `terminalIntervalMs` and at the end: for a terminal line. */
  readonly onTick?: (reading: ProgressReading) => void;
  readonly terminalIntervalMs?: number;
  /** Milliseconds, monotonic (tests pass a fake). */
  readonly now?: () => number;
}

/** Counts units done out of `total` and reports as {@link ProgressSinks} asks. */
export class Progress {
  readonly #total: number;
  readonly #sinks: ProgressSinks;
  readonly #now: () => number;
  readonly #started: number;
  #done = 0;
  #lastStep = 0;
  #lastTick = Number.NEGATIVE_INFINITY;

  constructor(total: number, sinks: ProgressSinks) {
    this.#total = Math.max(0, total);
    this.#sinks = sinks;
    this.#now = sinks.now ?? (() => performance.now());
    this.#started = this.#now();
  }

  /** Records `count` more units done (never beyond the total). */
  add(count: number): void {
    this.update(this.#done + count);
  }

  /** Records that `done` units are done in all. */
  update(done: number): void {
    this.#done = Math.min(this.#total, Math.max(this.#done, done));
    const reading = this.reading();
    const step = this.#total === 0 ? 100 : Math.floor(reading.percent / 10) * 10;
    if (step > this.#lastStep) {
      this.#lastStep = step;
      this.#sinks.onStep?.(reading);
    }
    const now = this.#now();
    if (this.#done === this.#total || now - this.#lastTick >= (this.#sinks.terminalIntervalMs ?? 200)) {
      this.#lastTick = now;
      this.#sinks.onTick?.(reading);
    }
  }

  /** The current reading. */
  reading(): ProgressReading {
    const elapsedMs = Math.max(1, this.#now() - this.#started);
    const ratePerSecond = (this.#done * 1000) / elapsedMs;
    const percent = this.#total === 0 ? 100 : Math.floor((this.#done * 100) / this.#total);
    const remainingMs = ratePerSecond > 0 ? ((this.#total - this.#done) / ratePerSecond) * 1000 : undefined;
    return { done: this.#done, total: this.#total, percent, ratePerSecond, remainingMs };
  }
}

/** "45,000/91,000 rows (49 %), 8,200 rows/s, about 6 s left". */
export function progressText(reading: ProgressReading, unit: string): string {
  const number = (value: number) => Math.round(value).toLocaleString('en-US');
  const left =
    reading.done >= reading.total
      ? 'done'
      : reading.remainingMs === undefined
        ? 'estimating time left'
        : `about ${formatDuration(reading.remainingMs)} left`;
  return `${number(reading.done)}/${number(reading.total)} ${unit} (${reading.percent} %), ${number(reading.ratePerSecond)} ${unit}/s, ${left}`;
}

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/**
 * A terminal line redrawn in place (`\r`) on `stream` when it is a terminal; nothing
 * otherwise (logs get the 10 % steps instead). Ends the line at 100 %.
 */
export function terminalTicker(label: string, unit: string, stream: NodeJS.WriteStream = process.stderr): ((reading: ProgressReading) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (reading) => {
    stream.write(`\r\x1b[2K${label}: ${progressText(reading, unit)}${reading.done >= reading.total ? '\n' : ''}`);
  };
}

/** What {@link progressReporter} logs through (pino's logger fits). */
export interface ProgressLogger {
  info(details: object, message: string): void;
}

/**
 * A `(done, total) => void` callback for a long job: one log line per 10 % on `logger`, and
 * a line redrawn in place on the terminal when stderr is one.
 */
export function progressReporter(logger: ProgressLogger, label: string, unit: string): (done: number, total: number) => void {
  let progress: Progress | undefined;
  const tick = terminalTicker(label, unit);
  return (done, total) => {
    progress ??= new Progress(total, {
      onStep: (reading) =>
        logger.info({ done: reading.done, total: reading.total, percent: reading.percent, perSecond: Math.round(reading.ratePerSecond) }, `${label}: ${progressText(reading, unit)}`),
      ...(tick && { onTick: tick }),
    });
    progress.update(done);
  };
}

/**
 * A `(done, total) => void` callback for a command run by hand or from cron, writing to
 * `stream` (stdout by default): on a terminal one line redrawn in place; otherwise (a log
 * file, a pipe) one plain line per 10 % — `label: 45/91 desa (49 %), 12 desa/s, about 4 s left`.
 */
export function consoleProgress(label: string, unit: string, stream: NodeJS.WriteStream = process.stdout): (done: number, total: number) => void {
  let progress: Progress | undefined;
  const tick = terminalTicker(label, unit, stream);
  return (done, total) => {
    progress ??= new Progress(
      total,
      tick ? { onTick: tick } : { onStep: (reading) => stream.write(`${label}: ${progressText(reading, unit)}\n`) },
    );
    progress.update(done);
  };
}
