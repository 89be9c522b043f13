/** Calendar dates (YYYY-MM-DD) in `@db.Date` columns. */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Date to give Prisma for a DATE column so that it stores `date`. Prisma writes a Date
 * to a DATE column as its UTC calendar day, so the value is midnight UTC of that day: the
 * process time zone (e.g. Asia/Jakarta, UTC+7) never shifts it to the day before. Read it
 * back with `to_char("date", 'YYYY-MM-DD')` in SQL, or `toISOString().slice(0, 10)`.
 * @throws Error when `date` is not a real YYYY-MM-DD date (the domain validates it first).
 */
export function calendarDateToDb(date: string): Date {
  const value = new Date(`${date}T00:00:00.000Z`);
  // The round trip rejects impossible days such as 2026-02-30, which Date would roll over.
  if (!CALENDAR_DATE.test(date) || Number.isNaN(value.getTime()) || value.toISOString().slice(0, 10) !== date) {
    throw new Error(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return value;
}
