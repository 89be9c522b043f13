/**
 * Reading a V8 .cpuprofile (what `node --cpu-prof` writes at exit): the top frames by
 * self time within a window of the run, with compiled positions in dist/ mapped back to
 * the TypeScript source through the build's source maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './compiled.js';

/** One row of the table. */
export interface ProfileFrame {
  readonly function: string;
  /** file:line, shortened (project-relative, `node_modules/` and `file://` dropped). */
  readonly location: string;
  readonly selfMs: number;
  /** Share of the busy time (everything sampled but `(idle)`), in %. */
  readonly percent: number;
}

/** The summary of a profile. */
export interface ProfileSummary {
  /** Time sampled within the window. */
  readonly sampledMs: number;
  /** Of which the process was idle (waiting for I/O). */
  readonly idleMs: number;
  /** Whether the window could be cut out (else the whole profile, start-up included). */
  readonly windowed: boolean;
  readonly top: readonly ProfileFrame[];
  /**
   * Busy time by the code that caused it: each sample goes to the nearest frame on its stack
   * that is ours (`src/<folder>`) or a package's (`<package>`), so a native socket write
   * counts for the driver that wrote; `node` when only Node's own code is on the stack,
   * and `(garbage collector)`, `(program)` as V8 names them.
   */
  readonly byArea: ReadonlyArray<{ readonly area: string; readonly selfMs: number; readonly percent: number }>;
}

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<{ readonly id: number; readonly callFrame: CallFrame; readonly children?: readonly number[] }>;
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * The `count` frames with the most self time among the samples taken between `fromUs` and
 * `toUs` (the profile's monotonic clock, process.hrtime in µs), or in the whole profile
 * when the window does not fall inside it.
 */
export function summarizeProfile(path: string, count: number, fromUs?: number, toUs?: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const areaOf = new Map<number, string>();
  const area = (id: number): string => {
    let known = areaOf.get(id);
    if (known === undefined) {
      const frame = frames.get(id);
      const own = frame ? areaOfFrame(frame) : 'node';
      const parent = parents.get(id);
      known = own ?? (parent === undefined ? 'node' : area(parent));
      areaOf.set(id, known);
    }
    return known;
  };
  const areas = new Map<string, number>();
  const windowed = fromUs !== undefined && toUs !== undefined && fromUs >= profile.startTime && toUs <= profile.endTime && fromUs < toUs;
  const self = new Map<string, { frame: CallFrame; us: number }>();
  let time = profile.startTime;
  let sampledUs = 0;
  let idleUs = 0;
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index] ?? 0;
    // A sample stands for the time until the next one.
    const us = profile.timeDeltas[index + 1] ?? 0;
    if (windowed && (time < fromUs || time > toUs)) continue;
    const id = profile.samples[index]!;
    const frame = frames.get(id);
    if (!frame) continue;
    sampledUs += us;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const where = area(id);
    areas.set(where, (areas.get(where) ?? 0) + us);
    const key = `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber}`;
    const entry = self.get(key);
    if (entry) entry.us += us;
    else self.set(key, { frame, us });
  }
  const busyUs = Math.max(1, sampledUs - idleUs);
  const maps = new SourceMaps();
  const top = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, count)
    .map(({ frame, us }) => ({
      function: frame.functionName || '(anonymous)',
      location: maps.locate(frame),
      selfMs: Math.round(us / 100) / 10,
      percent: Math.round((us / busyUs) * 1000) / 10,
    }));
  const byArea = [...areas.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, us]) => ({ area: name, selfMs: Math.round(us / 100) / 10, percent: Math.round((us / busyUs) * 1000) / 10 }));
  return { sampledMs: Math.round(sampledUs / 1000), idleMs: Math.round(idleUs / 1000), windowed, top, byArea };
}

/** The area a frame belongs to, or undefined when it is Node's or native (its caller decides). */
function areaOfFrame(frame: CallFrame): string | undefined {
  if (frame.functionName === '(garbage collector)' || frame.functionName === '(program)') return frame.functionName;
  // Prisma's query compiler is the only WebAssembly the app loads.
  if (frame.url.startsWith('wasm://')) return '@prisma/client (query compiler, wasm)';
  if (!frame.url.startsWith('file://')) return undefined;
  const file = fileURLToPath(frame.url).split(sep).join('/');
  const inModules = file.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const parts = file.slice(inModules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const path = relative(ROOT, file).split(sep).join('/').replace(/^dist\//, '');
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : path;
}

/** Source maps of dist/ files, read once each. */
class SourceMaps {
  readonly #maps = new Map<string, SourceMap | null>();

  locate(frame: CallFrame): string {
    if (frame.url === '') return '(native)';
    if (!frame.url.startsWith('file://')) return `${frame.url}:${frame.lineNumber + 1}`;
    const file = fileURLToPath(frame.url);
    const entry = this.#map(file)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && 'originalSource' in entry) {
      const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(dirname(file), entry.originalSource);
      return `${shorten(source)}:${entry.originalLine + 1}`;
    }
    return `${shorten(file)}:${frame.lineNumber + 1}`;
  }

  #map(file: string): SourceMap | null {
    let map = this.#maps.get(file);
    if (map === undefined) {
      const path = `${file}.map`;
      map = file.includes(`${sep}node_modules${sep}`) || !existsSync(path) ? null : new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
      this.#maps.set(file, map);
    }
    return map;
  }
}

function shorten(file: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at >= 0) return file.slice(at + marker.length).split(sep).join('/');
  return relative(ROOT, file).split(sep).join('/');
}
