/**
 * Scores a message against the example phrasings of every topic. A topic scores well
 * when (precision) the message's words belong to that topic's vocabulary and (recall) the
 * message covers one of its example phrasings. Words are weighted by how specific they are
 * to a topic (inverse topic frequency), so "wksbm", which every topic mentions, weighs
 * little and "syarat", "singkatan" or "dasar hukum" decide; question words weigh less still
 * and can never match a topic on their own.
 */
import type { Canonicalizer } from './canonical.js';
import { FAQ_TOPICS, type FaqTopicId } from './topics.js';

/**
 * The number of topics the word weights were tuned with (log(1 + scale / topics with the
 * word)). Fixed rather than the current count: a new topic changes the weights of the words of
 * its own phrasings only, instead of shifting every answer near the confidence threshold
 * ("aku baru denger wksbm, apa itu?" fell below it when a 32nd topic came).
 */
const WEIGHT_SCALE = 31;

/** Weight of question/helper words such as "apa", "bagaimana", "what". */
const FUNCTION_WEIGHT = 0.3;
/**
 * Weight of words no phrasing uses: about as much as a word shared by a few topics, so it
 * scales with {@link WEIGHT_SCALE} as their weights do (chosen on the matcher's tests and the tuning set).
 */
const UNSEEN_WEIGHT = Math.log(1 + WEIGHT_SCALE / 9);
/**
 * Recall counts more than precision (F-beta with beta > 1): a question with extra words
 * ("apa itu wksbm, saya baru dengar") is still that question, while a message that covers
 * only a small part of every phrasing is not.
 */
const BETA = 1.5;

/** How one topic scored, for choosing and for explaining the choice. */
export interface TopicScore {
  readonly topic: FaqTopicId;
  /** F-beta of precision and recall, in [0, 1]. */
  readonly score: number;
  readonly precision: number;
  readonly recall: number;
  /** The example phrasing that matched best. */
  readonly phrasing: string;
}

interface Phrasing {
  readonly text: string;
  readonly words: readonly string[];
  readonly total: number;
}

interface TopicEntry {
  readonly topic: FaqTopicId;
  readonly vocabulary: ReadonlySet<string>;
  readonly phrasings: readonly Phrasing[];
}


/** The weighted example phrasings of all topics; immutable once built. */
export class TopicIndex {
  private readonly weights = new Map<string, number>();
  private readonly entries: readonly TopicEntry[];

  constructor(
    questions: ReadonlyMap<FaqTopicId, readonly string[]>,
    private readonly canonicalizer: Canonicalizer,
  ) {
    const parsed = FAQ_TOPICS.map((topic) => ({
      topic,
      phrasings: (questions.get(topic) ?? [])
        .map((text) => ({ text, words: canonicalizer.words(text) }))
        .filter((phrasing) => phrasing.words.some((word) => !canonicalizer.isFunctionWord(word))),
    }));
    const topicsByWord = new Map<string, number>();
    for (const { phrasings } of parsed) {
      for (const word of new Set(phrasings.flatMap((phrasing) => phrasing.words))) {
        topicsByWord.set(word, (topicsByWord.get(word) ?? 0) + 1);
      }
    }
    for (const [word, count] of topicsByWord) {
      this.weights.set(word, canonicalizer.isFunctionWord(word) ? FUNCTION_WEIGHT : Math.log(1 + WEIGHT_SCALE / count));
    }
    this.entries = parsed.map(({ topic, phrasings }) => ({
      topic,
      vocabulary: new Set(phrasings.flatMap((phrasing) => phrasing.words)),
      phrasings: phrasings.map((phrasing) => ({ ...phrasing, total: this.sum(phrasing.words) })),
    }));
  }

  /** How much a canonical word counts. */
  weight(word: string): number {
    if (this.canonicalizer.isFunctionWord(word)) return FUNCTION_WEIGHT;
    return this.weights.get(word) ?? UNSEEN_WEIGHT;
  }

  /** Every topic that shares a content word with the message, best first (ties: topic order). */
  score(words: readonly string[]): TopicScore[] {
    const unique = [...new Set(words)];
    const total = this.sum(unique);
    if (total === 0) return [];
    const present = new Set(unique);
    const scores: TopicScore[] = [];
    for (const entry of this.entries) {
      const precision = this.sum(unique.filter((word) => entry.vocabulary.has(word))) / total;
      let recall = 0;
      let phrasing = '';
      for (const candidate of entry.phrasings) {
        const shared = candidate.words.filter((word) => present.has(word));
        if (!shared.some((word) => !this.canonicalizer.isFunctionWord(word))) continue;
        const coverage = this.sum(shared) / candidate.total;
        if (coverage > recall) {
          recall = coverage;
          phrasing = candidate.text;
        }
      }
      if (recall === 0 || precision === 0) continue;
      const b2 = BETA * BETA;
      const score = ((1 + b2) * precision * recall) / (b2 * precision + recall);
      scores.push({ topic: entry.topic, score, precision, recall, phrasing });
    }
    // Stable sort keeps FAQ_TOPICS order among equal scores: deterministic.
    return scores.sort((a, b) => b.score - a.score);
  }

  private sum(words: readonly string[]): number {
    let total = 0;
    for (const word of words) total += this.weight(word);
    return total;
  }
}
