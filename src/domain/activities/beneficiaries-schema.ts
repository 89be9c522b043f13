/**
 * The beneficiaries of an activity as flows and effects carry them: PMKS code → people
 * served. One schema for the payloads that save them (effects.ts) and the values a request
 * starts the flow with (log-start.ts), so the codes and limits they accept cannot differ.
 */
import { z } from 'zod';
import { MAX_BENEFICIARIES, PMKS_CODES } from '../parse/pmks.js';

/** PMKS code (one of {@link PMKS_CODES}, 1..26, as text) → people served (0..{@link MAX_BENEFICIARIES}). */
export const beneficiariesSchema = z.record(
  z.string().refine((code) => PMKS_CODES.some((known) => String(known) === code)),
  z.number().int().min(0).max(MAX_BENEFICIARIES),
);
