/**
 * The FAQ matcher's data: example phrasings per topic, greeting and thanks phrases. It is
 * kept in the locale files next to the answers (`faq.json` of every language) so that the
 * people who write answers also write the ways of asking for them; this module checks the
 * parsed JSON, since a typo there would otherwise just make questions go unanswered.
 */
import { GREETING_KINDS, TIMES_OF_DAY, type GreetingKind, type TimeOfDay } from './intent.js';
import { FAQ_TOPICS, isFaqTopicId, type FaqTopicId } from './topics.js';

/** One greeting phrase and what it means. */
export interface GreetingPhrase {
  readonly kind: GreetingKind;
  readonly timeOfDay?: TimeOfDay;
  readonly phrase: string;
}

/** Everything the matcher learns from, merged over all languages. */
export interface FaqKnowledge {
  /** Example questions and keyword phrases per topic (every topic of {@link FAQ_TOPICS}), in every language. */
  readonly questions: ReadonlyMap<FaqTopicId, readonly string[]>;
  readonly greetings: readonly GreetingPhrase[];
  readonly thanks: readonly string[];
}

/** `general` is a greeting that names no part of the day ("piye kabare", "halo"). */
const VARIANTS = ['general', ...TIMES_OF_DAY] as const;
type Variant = (typeof VARIANTS)[number];

/** Which variants each kind may have: the reply keys exist for these only. */
const ALLOWED_VARIANTS: Readonly<Record<GreetingKind, readonly Variant[]>> = {
  salam: ['general'],
  sampurasun: ['general'],
  punten: ['general'],
  hello: ['general'],
  time_of_day: TIMES_OF_DAY,
  javanese: VARIANTS,
  sundanese: VARIANTS,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string, allowEmpty: boolean): string[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be an array of strings`);
  if (!allowEmpty && value.length === 0) throw new Error(`${where} must not be empty`);
  return value.map((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new Error(`${where}[${index}] must be a non-empty string`);
    }
    return item.trim();
  });
}

/**
 * Checks the parsed `faq.json` of every language and merges their matching data.
 *
 * Every file must have `topics.<id>.questions` (non-empty) for each id of
 * {@link FAQ_TOPICS} and no other topic id, and `lexicon.greetings.<kind>.<variant>` /
 * `lexicon.thanks` string lists. Throws an Error naming the file and the bad key.
 *
 * @param files parsed faq.json objects, one per language
 * @param labels names for those files in error messages (e.g. the language codes)
 */
export function parseFaqKnowledge(files: readonly unknown[], labels?: readonly string[]): FaqKnowledge {
  if (files.length === 0) throw new Error('faq knowledge: no faq.json given');
  const questions = new Map<FaqTopicId, string[]>(FAQ_TOPICS.map((id) => [id, []]));
  const greetings: GreetingPhrase[] = [];
  const thanks: string[] = [];

  files.forEach((file, index) => {
    const name = `faq.json [${labels?.[index] ?? `#${index}`}]`;
    if (!isRecord(file)) throw new Error(`${name}: expected the parsed faq.json object, got ${file === null ? 'null' : typeof file}`);

    const topics = file['topics'];
    if (!isRecord(topics)) throw new Error(`${name}: topics must be an object`);
    for (const key of Object.keys(topics)) {
      if (!isFaqTopicId(key)) throw new Error(`${name}: topics.${key} is not a known topic id (${FAQ_TOPICS.join(', ')})`);
    }
    for (const id of FAQ_TOPICS) {
      const topic = topics[id];
      if (!isRecord(topic)) throw new Error(`${name}: topics.${id} is missing`);
      questions.get(id)?.push(...stringList(topic['questions'], `${name}: topics.${id}.questions`, false));
    }

    const lexicon = file['lexicon'];
    if (!isRecord(lexicon)) throw new Error(`${name}: lexicon must be an object`);
    const byKind = lexicon['greetings'];
    if (!isRecord(byKind)) throw new Error(`${name}: lexicon.greetings must be an object`);
    for (const [kindKey, variants] of Object.entries(byKind)) {
      const kind = GREETING_KINDS.find((known) => known === kindKey);
      if (!kind) throw new Error(`${name}: lexicon.greetings.${kindKey} is not a greeting kind (${GREETING_KINDS.join(', ')})`);
      const allowed = ALLOWED_VARIANTS[kind];
      if (!isRecord(variants)) throw new Error(`${name}: lexicon.greetings.${kind} must be an object`);
      for (const [variantKey, phrases] of Object.entries(variants)) {
        const variant = allowed.find((known) => known === variantKey);
        if (!variant) throw new Error(`${name}: lexicon.greetings.${kind}.${variantKey} is not allowed (use ${allowed.join(', ')})`);
        for (const phrase of stringList(phrases, `${name}: lexicon.greetings.${kind}.${variant}`, true)) {
          greetings.push(variant === 'general' ? { kind, phrase } : { kind, timeOfDay: variant, phrase });
        }
      }
    }
    thanks.push(...stringList(lexicon['thanks'], `${name}: lexicon.thanks`, true));
  });

  for (const kind of GREETING_KINDS) {
    if (!greetings.some((greeting) => greeting.kind === kind)) {
      throw new Error(`faq knowledge: no file has phrases for lexicon.greetings.${kind}`);
    }
  }
  if (thanks.length === 0) throw new Error('faq knowledge: no file has phrases for lexicon.thanks');
  return { questions, greetings, thanks };
}
