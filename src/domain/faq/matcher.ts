/**
 * The FAQ matcher: what a resident's free-text message is — a greeting (perhaps with a
 * question after it), thanks, a question about one FAQ topic, or something else. Pure and
 * deterministic; all indexing happens once in {@link createFaqMatcher}.
 */
import { Canonicalizer } from './canonical.js';
import { comparisonsNamed, topicFits } from './differences.js';
import type { FaqIntent } from './intent.js';
import type { FaqKnowledge } from './knowledge.js';
import { tokenize } from './normalize.js';
import { SocialPhrases } from './social-phrases.js';
import { TopicIndex, type TopicScore } from './topic-index.js';
import { FAQ_TOPICS, type FaqTopicId } from './topics.js';

export type { FaqIntent, GreetingKind, TimeOfDay } from './intent.js';
export type { FaqKnowledge, GreetingPhrase } from './knowledge.js';
export { parseFaqKnowledge } from './knowledge.js';

/**
 * Below this score a message is not taken as a question about its best topic. An example
 * phrasing typed as is scores 1; a question with a few extra words, 0.65–0.95; unrelated
 * text that shares one keyword with a topic ("cara memasak rendang" → "cara daftar"), about
 * 0.5–0.6.
 */
export const MIN_CONFIDENCE = 0.6;

/**
 * A part of a message (between question marks, commas or "dan"/"terus"…) counts as a question
 * of its own only above this score, with at least {@link MIN_PART_WORDS} words: "arisan dan
 * pkk" is no two questions, "apa itu wksbm? cara daftarnya gimana?" is.
 */
const MIN_PART_CONFIDENCE = 0.7;
const MIN_PART_WORDS = 2;
/**
 * Where a message is cut into its questions: question marks, commas, semicolons, new lines.
 * Commas too, unlike understanding/understand.ts SENTENCES: here a part is only scored for a topic, never read as a request.
 */
const SENTENCE_BREAK = /[?？!;,\n]+/u;
/**
 * The words that join two questions ("… dan cara daftarnya gimana"): a cut only where a
 * question word follows, so that "bedanya wksbm dan karang taruna" stays one question.
 */
const JOINED_QUESTION =
  /\s(?:dan|terus|trus|trs|lalu|serta|and|also|then)\s+(?=(?:\S+\s+){0,4}(?:apa|apakah|apaan|gimana|gmn|bagaimana|berapa|brp|siapa|kapan|dimana|kenapa|mengapa|bisa|boleh|ada|opo|piye|pripun|naon|kumaha|sabaraha|saha|what|how|who|when|where|why|can|is|are|do|does)\b)/iu;
/** Where a statement ends and the next sentence starts ("… di dusun kami. wksbm itu apa?"): a full stop before a space. */
const STATEMENT_END = /[.。]\s+/u;
/** At most this many topics are answered for one message: a list of a dozen is no conversation. */
const MAX_TOPICS = 3;

/** Characters and words read per message; a question is never that long, and the rest is cut. */
const MAX_CHARS = 1_000;
const MAX_WORDS = 60;

/** Why a message got its intent, for tests, logs and tuning the phrasings. */
export interface FaqExplanation {
  readonly intent: FaqIntent;
  /** Canonical words of the part scored against the topics (after greetings and thanks). */
  readonly words: readonly string[];
  /** The best-scoring topics, best first (at most three). */
  readonly candidates: readonly TopicScore[];
  /**
   * True when a word was read only as a typo of a known one ("bantul" as "bantu"): it may be
   * a name the phrasings cannot know, such as a place's (see understanding/understand.ts).
   */
  readonly guessed: boolean;
}

/** Recognises greetings, thanks and FAQ questions in free text. */
export interface FaqMatcher {
  /** The intent of one message. Same text, same answer. */
  match(text: string): FaqIntent;
  /** {@link match} with the words and scores behind it. */
  explain(text: string): FaqExplanation;
  /** The tokens after a leading greeting ("hi", "halo min", "assalamualaikum"); all of them when there is none. */
  withoutGreeting(tokens: readonly string[]): readonly string[];
}

/** Builds a matcher over the knowledge from every language's faq.json. */
export function createFaqMatcher(knowledge: FaqKnowledge): FaqMatcher {
  const canonicalizer = new Canonicalizer(FAQ_TOPICS.flatMap((topic) => knowledge.questions.get(topic) ?? []));
  const index = new TopicIndex(knowledge.questions, canonicalizer);
  const social = new SocialPhrases(knowledge.greetings, knowledge.thanks);
  /** The topics' scores for `words`, best first, without topics that cannot be meant (differences.ts topicFits). */
  const scored = (words: readonly string[]): TopicScore[] => index.score(words).filter((candidate) => topicFits(candidate.topic, words));

  /** The intent of the words after any greeting; null when nothing meaningful is left. */
  function body(tokens: readonly string[], asking: boolean): { intent: FaqIntent | null; words: string[]; candidates: TopicScore[]; guessed: boolean; thanksAround?: boolean } {
    const stripped = social.withoutThanks(tokens);
    const { rest } = stripped;
    // "apakah wksbm sangat membantu warga miskin?": praise asked about is no thanks said.
    const thanked = stripped.thanked && !asking;
    const words = canonicalizer.wordsOf(rest);
    // Nothing left may still have been read through a correction ("mulia" as "mulai", dropped alone): said so.
    if (words.length === 0) return { intent: thanked ? { kind: 'thanks' } : null, words, candidates: [], guessed: canonicalizer.guessedIn(rest) };
    const candidates = scored(words);
    const best = candidates[0];
    const guessed = canonicalizer.guessedIn(rest);
    if (best && best.score >= MIN_CONFIDENCE) {
      return { intent: { kind: 'faq', topic: best.topic, confidence: round(best.score) }, words, candidates, guessed };
    }
    // "makasih, sangat membantu": thanks with words that answer to no topic (as a whole: its
    // sentences may still ask one, see withOtherTopics).
    return { intent: thanked ? { kind: 'thanks' } : { kind: 'unknown' }, words, candidates, guessed, thanksAround: thanked };
  }

  /**
   * The topics of a message asking several things, in the order asked, when at least two
   * parts each ask a different topic clearly; else null (one question, read as a whole).
   */
  function topicsAsked(text: string, fewest = 2, whole?: FaqTopicId): FaqTopicId[] | null {
    const topics: FaqTopicId[] = [];
    const parts = text.slice(0, MAX_CHARS).split(SENTENCE_BREAK).flatMap((sentence) => sentence.split(JOINED_QUESTION));
    // One part is the whole message, already scored: not scored again on every match.
    if (parts.length < 2) return null;
    for (const part of parts) {
      const words = canonicalizer.wordsOf(social.withoutThanks(social.leadingGreeting(tokenize(part)).rest).rest);
      if (words.length === 0) continue;
      const best = scored(words)[0];
      // One word is a question of its own only when it is what the whole message was read as
      // ("wksbm itu apaan sih, wajib kah?": "wajib" is why it read as compulsory).
      if (words.length < MIN_PART_WORDS && best?.topic !== whole) continue;
      if (best && best.score >= MIN_PART_CONFIDENCE && !topics.includes(best.topic)) topics.push(best.topic);
    }
    return topics.length >= fewest ? topics.slice(0, MAX_TOPICS) : null;
  }

  /**
   * Every topic the message asks, in the order asked. The whole message's own best topic is
   * left out then: the words of two questions read together may point at a third
   * ("apa itu wksbm? terus yg boleh daftar siapa" reads as how to register).
   */
  function withOtherTopics(intent: FaqIntent | null, text: string, thanksAround = false): FaqIntent | null {
    // Thanks around a long story ("… kira2 itu apa ya pak? trus apa untungnya? makasih
    // sebelumnya"): the whole reads as no topic, but a sentence of it may ask one clearly.
    // Answered, not only thanked back; pure thanks ("makasih, sangat membantu") asks none.
    if (intent?.kind === 'thanks' && thanksAround) {
      const asked = topicsAsked(text, 1);
      return asked === null ? intent : faqOf(asked);
    }
    if (intent !== null && intent.kind !== 'faq' && intent.kind !== 'unknown') return intent;
    const asked = topicsAsked(text, 2, intent?.kind === 'faq' ? intent.topic : undefined);
    if (asked === null) return intent;
    const [first, ...also] = asked;
    return { kind: 'faq', topic: first!, confidence: intent?.kind === 'faq' && intent.topic === first ? intent.confidence : MIN_PART_CONFIDENCE, also };
  }

  /**
   * A sentence about oneself, then the question ("saya pak RT di dusun kami. wksbm itu apa?",
   * "I'm volunteering with a local NGO. what exactly is a wksbm?"): the words of the first
   * ("RT", "volunteering") bend or dilute the whole's reading, so the question, the last sentence
   * ending with "?", is read alone and taken when it is clear and clearer than the whole.
   */
  function questionAfterStatement(text: string, whole: ReturnType<typeof body>): ReturnType<typeof body> {
    const cut = text.slice(0, MAX_CHARS);
    if (!/[?？]\s*$/u.test(cut)) return whole;
    const sentences = cut.split(STATEMENT_END);
    if (sentences.length < 2) return whole;
    const question = social.withoutThanks(social.leadingGreeting(tokenize(sentences.at(-1)!)).rest).rest;
    const words = canonicalizer.wordsOf(question);
    if (words.length < MIN_PART_WORDS) return whole;
    const candidates = scored(words);
    const best = candidates[0];
    const wholeScore = whole.intent?.kind === 'faq' ? whole.intent.confidence : (whole.candidates[0]?.score ?? 0);
    if (best === undefined || best.score < MIN_PART_CONFIDENCE || best.score <= wholeScore) return whole;
    return { intent: { kind: 'faq', topic: best.topic, confidence: round(best.score) }, words, candidates, guessed: canonicalizer.guessedIn(question) };
  }

  function read(text: string): FaqExplanation {
    const tokens = tokenize(text.slice(0, MAX_CHARS)).slice(0, MAX_WORDS);
    const { greeting, rest } = social.leadingGreeting(tokens);
    const whole = questionAfterStatement(text, body(rest, asksWithOpener(text, rest)));
    const result = { ...whole, intent: withComparisons(withOtherTopics(whole.intent, text, whole.thanksAround === true), whole.words) };
    const candidates = result.candidates.slice(0, 3);
    if (greeting === null) return { intent: result.intent ?? { kind: 'unknown' }, words: result.words, candidates, guessed: result.guessed };
    const intent: FaqIntent = {
      kind: 'greeting',
      greeting: greeting.kind,
      ...(greeting.timeOfDay ? { timeOfDay: greeting.timeOfDay } : {}),
      ...(result.intent ? { followedBy: result.intent } : {}),
    };
    return { intent, words: result.words, candidates, guessed: result.guessed };
  }

  // The last text's reading: a message is often read more than once (the engine's closing,
  // then the asides' thanks and their FAQ topic), and same text, same answer. One entry: no
  // stream of texts can grow memory.
  let last: { readonly text: string; readonly explanation: FaqExplanation } | undefined;
  function explain(text: string): FaqExplanation {
    if (last?.text !== text) last = { text, explanation: read(text) };
    return last.explanation;
  }

  return { match: (text) => explain(text).intent, explain, withoutGreeting: (tokens) => social.leadingGreeting(tokens).rest };
}

/** Words that open a question ("apakah …?", "is it …?"); stricter than asides.ts isQuestion on purpose: opener and "?" both, before thanks words are taken for no thanks. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'apakah', 'apa', 'apakh', 'benarkah', 'bisakah', 'bagaimana', 'gimana', 'gmn', 'kenapa', 'mengapa', 'siapa', 'kapan', 'berapa', 'brp', 'dimana', 'emang', 'emangnya',
  'is', 'are', 'does', 'do', 'can', 'what', 'how', 'why', 'who', 'when', 'where',
]);

/**
 * Whether the message is a question: it opens with a question word (after any greeting) and
 * ends with "?". Thanks words in it ("apakah wksbm sangat membantu …?") are then no thanks.
 */
function asksWithOpener(text: string, tokens: readonly string[]): boolean {
  return /[?？]\s*$/u.test(text.slice(0, MAX_CHARS)) && QUESTION_OPENERS.has(tokens[0] ?? '');
}

/** The FAQ reading of topics asked in the message's sentences, the first answered first. */
function faqOf([first, ...also]: readonly FaqTopicId[]): FaqIntent {
  return { kind: 'faq', topic: first!, confidence: MIN_PART_CONFIDENCE, ...(also.length > 0 && { also }) };
}

/**
 * A comparison asked with several things named ("bedanya wksbm sama posyandu sama pkk"): each
 * comparison, in the order named, then any other topic asked, within {@link MAX_TOPICS}.
 */
function withComparisons(intent: FaqIntent | null, words: readonly string[]): FaqIntent | null {
  if (intent?.kind !== 'faq') return intent;
  const named = comparisonsNamed(intent.topic, words);
  if (named.length < 2) return intent;
  const [first, ...also] = [...named, ...(intent.also ?? []).filter((topic) => !named.includes(topic))].slice(0, MAX_TOPICS);
  return { ...intent, topic: first!, also };
}

/** Three decimals: enough to compare, and stable to print in logs and tests. */
function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
