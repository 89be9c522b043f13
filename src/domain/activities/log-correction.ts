/**
 * Correcting a rejected activity: the input that opens the flow for it, and what the flow reads
 * of that input.
 */
import { z } from 'zod';
import { ACTIVITY_CATEGORIES, type LeaderActivity } from '../model/activities.js';
import { type LogData } from './log-data.js';

/** The fields a correction may change, as one comparable string. */
export function correctedFields({ date, category, description, beneficiaries }: LogData): string {
  const counts = Object.entries(beneficiaries ?? {}).filter(([, count]) => count > 0).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([date ?? '', category ?? '', description ?? '', counts]);
}

/** The input that starts the flow to correct a rejected activity. */
export interface CorrectActivityInput {
  readonly correct: LeaderActivity;
  /**
   * A correction typed where the activity was shown ("jenisnya salah, harusnya kesehatan" at
   * Kegiatan saya): made at the summary as if typed there, once the correction is open.
   */
  readonly said?: string;
}

/**
 * What the start reads of a {@link CorrectActivityInput} (it came through the stored
 * conversation as plain data); one without its reporting group is no correction.
 */
const correctActivityInput = z.object({
  correct: z.object({
    id: z.string(),
    date: z.string(),
    category: z.enum(ACTIVITY_CATEGORIES),
    description: z.string(),
    reportingGroup: z.object({ id: z.string(), name: z.string() }),
    beneficiaries: z.record(z.string(), z.number()),
    confirmedPartners: z.array(z.string()).readonly(),
    pendingPartners: z.array(z.string()).readonly(),
    photoIds: z.array(z.string()).readonly().optional(),
  }),
  said: z.string().max(300).optional(),
});

/** The start input of a correction, when `input` is one. */
export function correctionOf(input: unknown) {
  const parsed = correctActivityInput.safeParse(input);
  return parsed.success ? parsed.data.correct : null;
}

/** The correction typed with the start of a correction, if any (see {@link CorrectActivityInput.said}). */
export function saidWith(input: unknown): string | null {
  const parsed = correctActivityInput.safeParse(input);
  return parsed.success ? (parsed.data.said ?? null) : null;
}
