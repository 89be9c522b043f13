/**
 * One statement at a time on a unit of work's connection, in the order asked, whoever sends
 * it: the plain SQL (sql.ts) and Prisma's joined transaction (joinable-pool.ts) share the
 * connection, and the domain may ask two repositories at once (e.g. the inbox's three lists
 * under Promise.all). A pg client handed a query while one runs only queues it, which pg
 * deprecates (gone in pg 9); this queue keeps that order without it.
 */

/** Each connection's last statement (settled or not): the next one starts after it. */
const tails = new WeakMap<object, Promise<unknown>>();

/** Runs `send` on `connection` once every statement asked of it before has settled. */
export function oneAtATime<T>(connection: object, send: () => Promise<T>): Promise<T> {
  const next = (tails.get(connection) ?? Promise.resolve()).then(send);
  tails.set(connection, next.catch(() => undefined));
  return next;
}
