/**
 * One message typed at a step that takes asides, as the asides read it. Several asides ask
 * the same thing of it (the request in it: a registration, a status check, a count of desa;
 * the FAQ topic it asks): each is read once, when an aside first needs it, not once per aside.
 * It is the message's one reading (./question-reading.ts), which the language its answer is
 * given in reads too.
 */
import type { TextReading } from './question-reading.js';

/**
 * What the asides read of a typed text: its words, the request in it, the FAQ topic it asks
 * (with how sure the reading is), a tie between groups stated.
 */
export type AsideReading = Pick<TextReading, 'text' | 'request' | 'topic' | 'asked' | 'tie'>;
