/**
 * pg's own helpers module, which @types/pg does not describe: only what pipeline.ts uses.
 */
declare module 'pg/lib/utils.js' {
  const utils: {
    /** A JS value as pg binds it: text (dates, arrays and objects converted as pg's Query does), a Buffer, or null. */
    prepareValue(value: unknown): string | Buffer | null;
  };
  export default utils;
}
