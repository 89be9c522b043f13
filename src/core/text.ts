/**
 * A user-visible text as an i18n key plus parameters. Core and domain code only ever
 * produce these; the i18n layer turns them into strings in the person's language.
 */
export interface Text {
  readonly key: string;
  readonly params?: Readonly<Record<string, TextParam>>;
}

/** A parameter is a plain value (user input is passed through verbatim) or a nested text. */
export type TextParam = string | number | Text;

/** Builds a {@link Text}. */
export function t(key: string, params?: Record<string, TextParam>): Text {
  return params === undefined ? { key } : { key, params };
}

/** True when a parameter is a nested text rather than a plain value. */
export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string';
}

/** Text the user or the data supplied (a group's name), shown as it is in every language. */
export function verbatim(text: string): Text {
  return { key: 'verbatim', params: { text } };
}
