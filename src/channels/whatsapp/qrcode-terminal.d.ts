/** Types for qrcode-terminal 0.12 (the package ships none). */
declare module 'qrcode-terminal' {
  interface Options {
    /** Half-height blocks: a QR code that fits an 80×25 terminal. */
    readonly small?: boolean;
  }
  /** Renders `text` as a QR code; with a callback the drawing is passed to it instead of printed. */
  export function generate(text: string, options?: Options, callback?: (drawing: string) => void): void;
  const qrcode: { generate: typeof generate };
  export default qrcode;
}
