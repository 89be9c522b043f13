/**
 * Imported first by the app child: the resident set size before any of the app is loaded
 * (Node itself plus the tsx loader the bench runs TypeScript with), so that the memory
 * scenario can tell the app's own share from the runtime's.
 */
export const RSS_AT_START = process.memoryUsage().rss;
