/**
 * Turns words into the canonical form the topic index works with, against the vocabulary
 * of the example phrasings: slang expanded ("gmn" → "bagaimana"), particles dropped,
 * elongations collapsed, affixes stripped ("syaratnya" → "syarat") and typos corrected
 * ("kritria" → "kriteria"). Example phrasings and user messages go through the same rules,
 * so they meet in the middle.
 */
import { allowedTypos, editDistance } from '../parse/edit-distance.js';
import { GROUP_NAME_WORDS, namedAfterKind } from '../parse/name-words.js';
import { affixCandidates, elongationVariants, tokenize } from './normalize.js';
import { AFTER_MODAL_DAPAT, AREA_HEADS, FUNCTION_WORDS, JOINING_WORDS, MUST_WORDS, NOISE, SLANG, STARTING, TITLES, WAY_WORDS } from './word-lists.js';

/** Bound on remembered resolutions, so a stream of random words cannot grow memory. */
const CACHE_LIMIT = 20_000;

/** How one word was read: its canonical form (null: noise), and whether only as a typo's correction. */
interface Resolution {
  readonly word: string | null;
  readonly guessed: boolean;
}

/** Canonical words for phrasings and messages; built once, then read-only (but cached). */
export class Canonicalizer {
  /** Words of the phrasings after slang and noise removal, before affix stripping. */
  private readonly base = new Set<string>();
  /** Every word a typo may be corrected to, grouped by first letter (typos keep it). */
  private readonly typoTargets = new Map<string, string[]>();
  private readonly roots = new Map<string, string>();
  private readonly cache = new Map<string, Resolution>();

  constructor(phrasings: Iterable<string>) {
    for (const phrasing of phrasings) {
      for (const word of tokenize(phrasing)) {
        const base = SLANG.get(word) ?? word;
        if (!NOISE.has(base)) this.base.add(base);
      }
    }
    const targets = new Set([...this.base, ...SLANG.keys(), ...FUNCTION_WORDS, ...NOISE]);
    for (const word of [...targets].sort()) {
      const list = this.typoTargets.get(word[0]!) ?? [];
      list.push(word);
      this.typoTargets.set(word[0]!, list);
    }
  }

  /** Canonical words of a text (an example phrasing or the rest of a message). */
  words(text: string): string[] {
    return this.wordsOf(tokenize(text));
  }

  /** Canonical words of already tokenized text, duplicates removed, order kept. */
  wordsOf(tokens: readonly string[]): string[] {
    const out = new Set<string>();
    for (const [at, token] of tokens.entries()) {
      // "dapat menjadi", "dapat mendaftar": "can", as "bisa" is (not "get", which social aid is about).
      const next = tokens[at + 1] ?? '';
      // "bu RT nih", "saya pak RT": the person's title, no question about RT/RW.
      if (AREA_HEADS.has(token) && TITLES.has(tokens[at - 1] ?? '')) continue;
      // "arisan mulia": a group's name, not "mulai" mistyped as it is elsewhere ("cara mulia wksbm").
      const word = namedAfterKind(tokens, at)
        ? token
        : token === 'dapat' && AFTER_MODAL_DAPAT.has(next)
          ? this.resolve('bisa')
          : // "harus ikut", "kudu melu": obliged to join ("wajib"), the compulsory question.
            MUST_WORDS.has(token) && JOINING_WORDS.has(next)
            ? 'wajib'
            : this.resolve(token);
      if (word !== null) out.add(word);
    }
    // "mulai" alone starts anything: it asks how to start only with a way or a place asked (see STARTING).
    if (out.has(STARTING) && ![...out].some((word) => WAY_WORDS.has(word))) out.delete(STARTING);
    return [...out];
  }

  /**
   * True when one of `tokens` was read only by correcting it as a typo ("bantul" as "bantu"):
   * a word the bot does not know, which may as well be a name it cannot know (a place's).
   */
  guessedIn(tokens: readonly string[]): boolean {
    return tokens.some((token, at) => !namedAfterKind(tokens, at) && this.resolution(token).guessed);
  }

  /** True when a canonical word is a question/helper word rather than content. */
  isFunctionWord(word: string): boolean {
    return FUNCTION_WORDS.has(word);
  }

  /** The canonical form of one word, or null when it is noise. */
  resolve(token: string): string | null {
    return this.resolution(token).word;
  }

  private resolution(token: string): Resolution {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const result = this.resolveUncached(token, 0);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, result);
    return result;
  }

  private resolveUncached(token: string, depth: number): Resolution {
    const known = this.resolveKnown(token);
    if (known !== undefined) return { word: known, guessed: false };
    if (depth > 1) return { word: token, guessed: false };
    for (const variant of elongationVariants(token)) {
      if (this.isKnown(variant)) return this.resolveUncached(variant, depth + 1);
    }
    for (const candidate of affixCandidates(token)) {
      // "infonya" is noise like "info"; "gimananya" is "gimana"; "syaratnya" is "syarat".
      if (NOISE.has(candidate)) return { word: null, guessed: false };
      if (this.base.has(candidate) || SLANG.has(candidate) || FUNCTION_WORDS.has(candidate)) {
        const resolved = this.resolveKnown(candidate);
        if (resolved !== undefined && resolved !== null) return { word: resolved, guessed: false };
      }
    }
    const corrected = this.closestKnown(token);
    return corrected === null ? { word: token, guessed: false } : { word: this.resolveUncached(corrected, depth + 1).word, guessed: true };
  }

  /** Resolution of a word listed somewhere; undefined when the word is not known at all. */
  private resolveKnown(token: string): string | null | undefined {
    if (NOISE.has(token)) return null;
    const slang = SLANG.get(token);
    if (slang !== undefined) return NOISE.has(slang) ? null : this.canonicalOf(slang);
    if (FUNCTION_WORDS.has(token)) return token;
    if (this.base.has(token)) return this.canonicalOf(token);
    return undefined;
  }

  private isKnown(word: string): boolean {
    return NOISE.has(word) || SLANG.has(word) || FUNCTION_WORDS.has(word) || this.base.has(word);
  }

  /**
   * The root of a phrasing word when the phrasings also use that root as a content word
   * ("pendaftaran" and "daftar" → "daftar"), followed to the end ("pendaftarannya").
   * Function-word roots are never taken: "ngapain" must not become "apa".
   */
  private canonicalOf(word: string): string {
    const cached = this.roots.get(word);
    if (cached !== undefined) return cached;
    let root = word;
    if (!FUNCTION_WORDS.has(word)) {
      for (const candidate of affixCandidates(word)) {
        if (this.base.has(candidate) && !FUNCTION_WORDS.has(candidate)) {
          root = this.canonicalOf(candidate);
          break;
        }
        const slang = SLANG.get(candidate);
        if (slang !== undefined && this.base.has(slang) && !FUNCTION_WORDS.has(slang)) {
          root = this.canonicalOf(slang);
          break;
        }
      }
    }
    this.roots.set(word, root);
    return root;
  }

  /**
   * The known word a typo most likely stands for: the fewest edits within
   * {@link allowedTypos}, same first letter (people rarely miss the first key), and the
   * alphabetically first on a tie so that the answer never depends on load order. A word of
   * the language groups are named after is no typo ("Posyandu Mawar": "mawar" is a rose, not
   * the Sundanese "mayar" one edit away).
   */
  private closestKnown(token: string): string | null {
    const max = allowedTypos(token.length);
    if (max === 0 || GROUP_NAME_WORDS.has(token)) return null;
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const candidate of this.typoTargets.get(token[0]!) ?? []) {
      if (candidate.length < 4) continue;
      const distance = editDistance(token, candidate, Math.min(max, bestDistance - 1));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        if (distance === 1) break;
      }
    }
    return bestDistance <= max ? best : null;
  }
}
