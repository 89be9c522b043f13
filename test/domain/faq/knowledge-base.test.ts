/**
 * Checks on the FAQ texts themselves: every topic answered in both languages, short
 * enough for a phone, plain text, the same keys in both files, a reply for every greeting
 * the matcher can recognise, and every example phrasing leading back to its own topic.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { greetingText } from '../../../src/domain/faq/greeting-reply.js';
import { GREETING_KINDS, TIMES_OF_DAY, type FaqIntent } from '../../../src/domain/faq/intent.js';
import { FAQ_TOPICS } from '../../../src/domain/faq/topics.js';
import { LANGUAGES, readFaqJson, realMatcher, type Language } from './real-knowledge.js';

const files = Object.fromEntries(LANGUAGES.map((language) => [language, readFaqJson(language)])) as Record<
  Language,
  Record<string, unknown>
>;

/** Dotted paths of every string in a JSON object, arrays not entered. */
function textKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => textKeys(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(language: Language, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], files[language]);
}

describe.each(LANGUAGES)('faq.json (%s)', (language) => {
  it.each(FAQ_TOPICS)('topic %s has a short title and a phone-sized answer', (topic) => {
    const title = lookup(language, `topics.${topic}.title`);
    const answer = lookup(language, `topics.${topic}.answer`);
    expect(typeof title).toBe('string');
    expect(typeof answer).toBe('string');
    expect((title as string).trim().length).toBeGreaterThan(0);
    expect((title as string).length, `title of ${topic}`).toBeLessThanOrEqual(24);
    expect((answer as string).trim().length).toBeGreaterThan(0);
    expect((answer as string).length, `answer of ${topic}`).toBeLessThanOrEqual(700);
  });

  it('has only the known topics', () => {
    expect(Object.keys(lookup(language, 'topics') as object).sort()).toEqual([...FAQ_TOPICS].sort());
  });

  it('writes plain text: no Markdown or HTML', () => {
    for (const key of textKeys(files[language])) {
      const text = lookup(language, key) as string;
      expect(text, key).not.toMatch(/\*\*|__|`|<\/?[a-z][^>]*>|^#|\[[^\]]*\]\(/im);
      expect(text, key).toBe(text.trim());
    }
  });

  it('has a reply for every greeting kind and every time of day the matcher can report', () => {
    for (const kind of GREETING_KINDS) {
      expect(typeof lookup(language, `greeting.${kind}`), kind).toBe('string');
    }
    for (const kind of ['time_of_day', 'javanese', 'sundanese']) {
      for (const time of TIMES_OF_DAY) {
        expect(typeof lookup(language, `greeting.${kind}_${time}`), `${kind}_${time}`).toBe('string');
      }
    }
  });

  it('answers salam, sampurasun and punten as custom wants', () => {
    expect(lookup(language, 'greeting.salam')).toMatch(/^Wa'alaikumsalam/);
    expect(lookup(language, 'greeting.sampurasun')).toMatch(/^Rampes/);
    expect(lookup(language, 'greeting.punten')).toMatch(/^Mangga/);
  });

  it('has the intro, thanks and fallback texts', () => {
    for (const key of ['intro', 'thanks', 'fallback']) expect(typeof lookup(language, key), key).toBe('string');
  });
});

describe('both languages', () => {
  it('have the same text keys (the matching lexicon is data and may differ)', () => {
    const keys = (language: Language) => textKeys(files[language]).filter((key) => !key.startsWith('lexicon.')).sort();
    expect(keys('en')).toEqual(keys('id'));
  });

  it('render time-aware greeting replies through i18next context, falling back to the plain reply', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      resources: Object.fromEntries(LANGUAGES.map((language) => [language, { faq: files[language] }])),
      lng: 'id',
      fallbackLng: 'id',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const render = (intent: Extract<FaqIntent, { kind: 'greeting' }>, lng: Language) => {
      const text = greetingText(intent);
      return i18n.t(text.key, { ...(text.params as Record<string, string> | undefined), lng });
    };
    expect(render({ kind: 'greeting', greeting: 'javanese', timeOfDay: 'morning' }, 'id')).toBe(lookup('id', 'greeting.javanese_morning'));
    expect(render({ kind: 'greeting', greeting: 'time_of_day', timeOfDay: 'evening' }, 'en')).toBe(lookup('en', 'greeting.time_of_day_evening'));
    expect(render({ kind: 'greeting', greeting: 'javanese' }, 'id')).toBe(lookup('id', 'greeting.javanese'));
    expect(render({ kind: 'greeting', greeting: 'salam' }, 'en')).toBe(lookup('en', 'greeting.salam'));
  });
});

describe('example phrasings', () => {
  const matcher = realMatcher();
  const phrasings = LANGUAGES.flatMap((language) =>
    FAQ_TOPICS.flatMap((topic) => (lookup(language, `topics.${topic}.questions`) as string[]).map((text) => [language, topic, text] as const)),
  );

  it.each(phrasings)('[%s] %s: %j leads back to its topic', (_language, topic, text) => {
    const intent = matcher.match(text);
    expect(intent.kind === 'faq' ? intent.topic : intent.kind).toBe(topic);
  });

  it('are not shared between topics (after normalisation)', () => {
    const owner = new Map<string, string>();
    for (const [, topic, text] of phrasings) {
      const words = [...matcher.explain(text).words].sort().join(' ');
      const previous = owner.get(words);
      if (previous !== undefined) expect(previous, `"${text}" (${topic}) normalises like a phrasing of ${previous}`).toBe(topic);
      owner.set(words, topic);
    }
  });
});
