/**
 * Finds greetings and thanks in a message, by their surface words: "piye kabare" and
 * "gimana kabarnya" mean the same but get different replies, so these are matched before
 * slang is expanded. Spelling slips on long words are forgiven ("asalamualaikum").
 */
import { allowedTypos, editDistance } from '../parse/edit-distance.js';
import type { GreetingKind, TimeOfDay } from './intent.js';
import type { GreetingPhrase } from './knowledge.js';
import { elongationVariants, tokenize } from './normalize.js';
import { NOISE, SLANG } from './word-lists.js';

/** A greeting found at the start of a message. */
export interface FoundGreeting {
  readonly kind: GreetingKind;
  readonly timeOfDay?: TimeOfDay;
}

/**
 * When several greetings open one message ("halo, assalamualaikum"), the reply follows the
 * most specific: a religious or regional greeting has a fixed answer, "halo" does not.
 */
const PRECEDENCE: readonly GreetingKind[] = ['salam', 'sampurasun', 'punten', 'javanese', 'sundanese', 'time_of_day', 'hello'];

/** Greeting typos are forgiven on words of 6+ letters only: "salah" must not become "salam". */
const MIN_TYPO_LENGTH = 6;

type Meaning = { readonly type: 'greeting'; readonly greeting: FoundGreeting } | { readonly type: 'thanks' };

interface Entry {
  readonly words: readonly string[];
  readonly meaning: Meaning;
}

/** Greeting and thanks phrases; immutable once built. */
export class SocialPhrases {
  /** Longest phrases first, so "salam kenal" wins over "salam". */
  private readonly entries: readonly Entry[];
  private readonly vocabulary: ReadonlySet<string>;
  private readonly fixed = new Map<string, string>();

  constructor(greetings: readonly GreetingPhrase[], thanks: readonly string[]) {
    const entries: Entry[] = [
      ...greetings.map((phrase) => ({
        words: tokenize(phrase.phrase),
        meaning: {
          type: 'greeting' as const,
          greeting: phrase.timeOfDay ? { kind: phrase.kind, timeOfDay: phrase.timeOfDay } : { kind: phrase.kind },
        },
      })),
      ...thanks.map((phrase) => ({ words: tokenize(phrase), meaning: { type: 'thanks' as const } })),
    ].filter((entry) => entry.words.length > 0);
    this.entries = entries.sort((a, b) => b.words.length - a.words.length);
    this.vocabulary = new Set(entries.flatMap((entry) => entry.words));
  }

  /**
   * The greetings that open a message (noise such as "min" or "mau tanya" may stand
   * between them) and the words after them. `greeting` is null when there is none.
   */
  leadingGreeting(tokens: readonly string[]): { greeting: FoundGreeting | null; rest: string[] } {
    const words = tokens.map((token) => this.fix(token));
    const found: FoundGreeting[] = [];
    let position = 0;
    let afterLast = 0;
    while (position < words.length) {
      const hit = this.phraseAt(words, position);
      if (hit?.meaning.type === 'greeting') {
        found.push(hit.meaning.greeting);
        position += hit.words.length;
        afterLast = position;
      } else if (isNoise(words[position]!)) {
        position += 1;
      } else {
        break;
      }
    }
    if (found.length === 0) return { greeting: null, rest: [...tokens] };
    const greeting = [...found].sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind))[0]!;
    return { greeting, rest: tokens.slice(afterLast) };
  }

  /** Removes thanks phrases anywhere in a message; tells whether there were any. */
  withoutThanks(tokens: readonly string[]): { thanked: boolean; rest: string[] } {
    const words = tokens.map((token) => this.fix(token));
    const rest: string[] = [];
    let thanked = false;
    for (let position = 0; position < words.length; ) {
      const hit = this.phraseAt(words, position);
      if (hit?.meaning.type === 'thanks') {
        thanked = true;
        position += hit.words.length;
      } else {
        rest.push(tokens[position]!);
        position += 1;
      }
    }
    return { thanked, rest };
  }

  /** The longest phrase starting at a position. */
  private phraseAt(words: readonly string[], position: number): Entry | undefined {
    return this.entries.find((entry) => entry.words.every((word, offset) => words[position + offset] === word));
  }

  /** A word as the phrase lists spell it, when it is an elongation or a typo of one. */
  private fix(token: string): string {
    if (this.vocabulary.has(token)) return token;
    const cached = this.fixed.get(token);
    if (cached !== undefined) return cached;
    const result = this.closest(token);
    // Bounded, so a stream of random words cannot grow memory.
    if (this.fixed.size >= 20_000) this.fixed.clear();
    this.fixed.set(token, result);
    return result;
  }

  private closest(token: string): string {
    for (const variant of elongationVariants(token)) {
      if (this.vocabulary.has(variant)) return variant;
    }
    if (token.length < MIN_TYPO_LENGTH) return token;
    const max = allowedTypos(token.length);
    let best = token;
    let bestDistance = max + 1;
    for (const word of this.vocabulary) {
      if (word[0] !== token[0] || word.length < MIN_TYPO_LENGTH) continue;
      const distance = editDistance(token, word, max);
      if (distance < bestDistance || (distance === bestDistance && word < best)) {
        best = word;
        bestDistance = distance;
      }
    }
    return bestDistance <= max ? best : token;
  }
}

function isNoise(word: string): boolean {
  return NOISE.has(word) || NOISE.has(SLANG.get(word) ?? '');
}
