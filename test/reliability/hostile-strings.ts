/**
 * Hostile text for property tests: what users, broken clients and attackers send. Every
 * arbitrary mixes fast-check's own strings with pieces that broke chat bots before.
 */
import fc from 'fast-check';

/** Pieces known to hurt: invisible, bidirectional, emoji, markup, SQL, control and broken UTF-16. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte order mark
  '\u202e', // right-to-left override
  '\u2066\u2067\u2069', // bidi isolates
  'مرحبا بالعالم', // Arabic (RTL)
  'שלום', // Hebrew (RTL)
  '👩‍👩‍👧‍👦', // ZWJ family
  '🏳️‍🌈',
  '👍🏽',
  'e\u0301\u0301\u0301', // stacked combining marks
  '<script>alert(1)</script>',
  '<b>tebal</b> &amp; &lt;',
  '_*[]()~`>#+-=|{}.!',
  '*bold* _italic_ `code` [link](http://example.com)',
  `'; DROP TABLE "Group";--`,
  '" OR 1=1 --',
  '%s%n%x',
  '${process.env}',
  '{{name}}',
  '$t(menu.faq)',
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m',
  '\r\n',
  '\u007f',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'x\udc00y',
  '\ud83d', // half an emoji
  '\\u0000',
  '../../etc/passwd',
  '0',
  '-1',
  '99999999999999999999',
  '1e308',
  'NaN',
  'null',
  ' ',
  '',
];

/** One hostile string: a mix of pieces and arbitrary (also invalid) UTF-16. */
export const hostileText = (maxPieces = 8): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(''));

/** A very long hostile string (10,000+ characters). */
export const longHostileText = (): fc.Arbitrary<string> =>
  fc.tuple(hostileText(4), fc.integer({ min: 10_000, max: 20_000 }), fc.constantFrom('a', '👍🏽', '\u0000', '\ud800', 'ﷺ', ' ')).map(
    ([seed, length, filler]) => (seed + filler.repeat(Math.ceil(length / Math.max(1, filler.length)))).slice(0, length),
  );

/** True when `text` contains a lone surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** True when `text` contains NUL or another C0 control other than tab and line feed. */
export function hasForbiddenControl(text: string): boolean {
  return /[\u0000-\u0008\u000b-\u001f\u007f]/.test(text);
}

/**
 * Runs an async property like `fc.assert`, but fails with a short message: the seed, the
 * replay path and the counterexample with long strings cut (a 20,000-character input
 * would otherwise flood the log).
 */
export async function checkProperty<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property, { ...params, endOnFailure: true });
  if (!details.failed) return;
  const shown = JSON.stringify(details.counterexample, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 120 ? `${value.slice(0, 60)}…(${value.length} chars)` : value,
  );
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `property failed (seed ${details.seed}, path "${details.counterexamplePath}"; replay with HOSTILE_SEED=${details.seed}):\n` +
      `${cause.slice(0, 1_500)}\ncounterexample: ${shown.slice(0, 2_000)}`,
  );
}
