/**
 * The officer's override in force for an area, as the status refresh's facts statement read
 * it (status-sql.ts), kept for the officer repository's next levelOverride of that area in
 * the same transaction: a status check reads the override right after the refresh, and one
 * statement fewer is a seventh of what the check costs. Each value answers once; an override
 * set or withdrawn through the officer repository forgets the area's first.
 */
import type { LevelOverride } from '../../domain/model/officers.js';
import type { AreaRef } from '../../domain/model/status.js';
import { historyRw } from './area-facts-sql.js';

const keyOf = (area: AreaRef): string => `${area.villageCode}|${historyRw(area)}`;

/** Overrides read with the facts in one transaction, until asked for or changed. */
export class OverridesReadWithFacts {
  readonly #kept = new Map<string, LevelOverride | null>();

  /** Keeps what the facts statement read for `area`. */
  keep(area: AreaRef, override: LevelOverride | null): void {
    this.#kept.set(keyOf(area), override);
  }

  /** What was kept for `area` (forgotten now), or undefined when nothing was. */
  take(area: AreaRef): LevelOverride | null | undefined {
    const key = keyOf(area);
    const kept = this.#kept.get(key);
    this.#kept.delete(key);
    return kept;
  }

  /** Forgets `area`'s, before its override changes. */
  forget(area: AreaRef): void {
    this.#kept.delete(keyOf(area));
  }
}
