/**
 * A statement that is not a unit of work's own but rides in its COMMIT round trip (see
 * PgSession), so that it costs no round trip (and no transaction) of its own: it commits
 * with the unit of work, or is undone with it. Its owner learns which.
 *
 * Why the COMMIT round trip and not BEGIN's: whatever rows the statement locks are then held
 * only while the transaction commits, not while the unit of work does its own work, and
 * nothing the unit of work does after it can wait on another transaction that waits on those
 * rows (no deadlock through a passenger). A passenger must not wait on locks either (the
 * reply outbox's sent marks skip locked rows: storage/outbox/sent-marks.ts) and must not be
 * able to fail, since its failure would fail the unit of work that carries it.
 */
import type pg from 'pg';
import type { Statement } from './pipeline.js';

/** A statement riding in a unit of work's COMMIT round trip, and what its owner hears of it. */
export interface Passenger {
  readonly statement: Statement;
  /** The unit of work committed, the statement with it: `rows` are the statement's. Must not throw. */
  arrived(rows: readonly pg.QueryResultRow[]): void;
  /**
   * The round trip that carried it failed: it was most likely undone, but a lost connection
   * leaves it unknown, so the owner must be able to send it again (an idempotent statement).
   */
  stranded(): void;
}

/** Called by a unit of work about to commit: the passengers waiting for a ride (none, most often). */
export type Passengers = () => readonly Passenger[];

/** One owner's passenger waiting for a ride, if any (a RideQueue's `board`). */
export type Boarding = () => Passenger | undefined;

/** The passengers of several owners (each a RideQueue's `board`), in the order given. */
export function riders(...boardings: readonly Boarding[]): Passengers {
  return () => {
    const boarded: Passenger[] = [];
    for (const board of boardings) {
      const passenger = board();
      if (passenger) boarded.push(passenger);
    }
    return boarded;
  };
}
