/**
 * Reads the locale files (`locales/<language>/<namespace>.json`) from disk. Kept apart
 * from the i18next set-up so that the FAQ knowledge base can be read from the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from '../core/unknown.js';

/** The languages the bot answers in; the first is the default. */
export const SUPPORTED_LOCALES = ['id', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** language → namespace → nested key/value object, as i18next takes it. */
export type LocaleResources = Record<string, Record<string, Record<string, unknown>>>;

/** Loads every namespace of every supported language; throws naming the file on bad JSON. */
export function loadLocaleResources(dir: string): LocaleResources {
  const resources: LocaleResources = {};
  for (const language of SUPPORTED_LOCALES) {
    const folder = join(dir, language);
    resources[language] = {};
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const path = join(folder, file);
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(`locale file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!isRecord(content)) throw new Error(`locale file ${path} is not a JSON object`);
      resources[language][file.slice(0, -'.json'.length)] = content;
    }
  }
  return resources;
}
