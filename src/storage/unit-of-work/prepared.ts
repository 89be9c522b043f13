/**
 * Names for the hot path's statements, so that each connection prepares a statement once and
 * PostgreSQL plans it from its plan cache afterwards.
 *
 * Why: sent unnamed, every statement is parsed and planned anew, and planning the hot path's
 * CTEs costs PostgreSQL more CPU than running them (pg_stat_statements on the bench: 0.2–1.7 ms
 * of planning per call against 0.02–0.2 ms of execution; 1.4 s of planning and 0.7 s of
 * execution in one 650-update run). A named statement is parsed once per connection
 * (pipeline.ts keeps the names each connection prepared and sends Parse only the first time),
 * and after a few executions PostgreSQL plans it once for all parameter values when that plan
 * costs no more than planning each time (plan_cache_mode `auto`).
 */

/**
 * At most this many texts get a name: every connection keeps each named statement it
 * prepared until it closes, so a text built with a varying shape (a list of n placeholders)
 * must not grow that without bound. The hot path has a few dozen texts; the rest go unnamed.
 */
const MAX_NAMED = 500;

const names = new Map<string, string>();

/** The name of `text`'s prepared statement, the same on every connection; undefined once names ran out (then it goes unnamed). */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `wksbm_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}
