/**
 * The outcome of reading a typed answer. A wrong answer is an expected outcome, not an
 * exception: the flow maps the error code to a locale key and asks again.
 */
export type ParseResult<T, E extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** A successful parse. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed parse with its error code. */
export function fail<E extends string>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
