/**
 * The engine's persisted state. It is stored as JSON and validated on every load: a state
 * that does not parse, or names a flow or step that no longer exists, or was written by
 * another version of a flow, is dropped and the user is told, never misread.
 */
import { z } from 'zod';

/** Bumped when the shape below changes. */
export const ENGINE_STATE_VERSION = 1;

const historyEntry = z.object({ step: z.string(), data: z.unknown() });

/** One running flow. */
const frameSchema = z.object({
  flow: z.string(),
  version: z.number().int(),
  step: z.string(),
  data: z.unknown(),
  /** Earlier steps and their data, for `back`. */
  history: z.array(historyEntry),
  /**
   * Opened by a typed command ("/datasaya") on top of what was in progress: a side trip.
   * `menu` and `batal` leave it and keep the flow below; absent in states stored before.
   */
  command: z.literal(true).optional(),
  /**
   * Started by a step of the flow below it, not from the menu (a desa picker inside a
   * registration): "▶️ Lanjutkan" names the flow it is part of. Absent in states stored before.
   */
  sub: z.literal(true).optional(),
  /**
   * When the frame was set aside (ISO time), in `paused` only: how long ▶️ Lanjutkan offers it
   * (engine/paused.ts). Absent in states stored before, and on the stack.
   */
  pausedAt: z.string().optional(),
});

const stateSchema = z.object({
  v: z.literal(ENGINE_STATE_VERSION),
  /** Flows in progress, the root flow first. */
  stack: z.array(frameSchema).min(1),
  /** Flows set aside by `menu`, offered for resuming. */
  paused: z.array(frameSchema).optional(),
  /**
   * A flow started from the menu while a paused copy of it holds answers: the person is asked
   * whether to go on with that copy or start afresh (engine/draft.ts), and `input` is what the
   * fresh start gets. Absent in states stored before, and whenever nothing is asked.
   */
  draft: z.object({ flow: z.string(), input: z.unknown().optional() }).optional(),
  /** Invalid answers in a row at the current step. */
  invalid: z.number().int().nonnegative(),
  lastActiveAt: z.string(),
});

export type Frame = z.infer<typeof frameSchema>;
export type EngineState = z.infer<typeof stateSchema>;

/** Parses stored JSON; `null` when it is not a state this engine can read. */
export function parseEngineState(raw: unknown): EngineState | null {
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
