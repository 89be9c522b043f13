/**
 * Imported first by the app child, so evaluated first: the resident set size once Node
 * and the code of every module are loaded (ES modules are all fetched and
 * linked before any of them runs), before the app does anything — the share of memory
 * that is code, not data.
 */
export const RSS_AT_START = process.memoryUsage().rss;
