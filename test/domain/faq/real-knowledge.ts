/**
 * The real FAQ locale files, read from disk, so that the knowledge base and the matcher
 * are tested together: a phrasing edited in a locale file is checked by the same tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFaqMatcher, parseFaqKnowledge, type FaqMatcher } from '../../../src/domain/faq/matcher.js';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOCALES = join(fileURLToPath(new URL('../../../', import.meta.url)), 'locales');

/** Parsed `locales/<language>/faq.json`. */
export function readFaqJson(language: Language): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LOCALES, language, 'faq.json'), 'utf8')) as Record<string, unknown>;
}

/** A matcher over every language's faq.json, as the app builds it. */
export function realMatcher(): FaqMatcher {
  return createFaqMatcher(parseFaqKnowledge(LANGUAGES.map(readFaqJson), LANGUAGES));
}
