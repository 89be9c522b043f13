/**
 * Every text the code asks for exists in every language, and the languages have the same
 * keys: a missing translation is a test failure, not a raw key shown to a user.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isText } from '../../src/core/text.js';
import { loadLocaleResources, SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR, PROJECT_ROOT } from '../../src/paths.js';

const resources = loadLocaleResources(LOCALES_DIR);

/**
 * Key paths of the texts shown to users. Matching data (the FAQ's `lexicon` and example
 * `questions` arrays) differs by language on purpose and is left out.
 */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null || Array.isArray(value) || prefix === 'lexicon') return [];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Literal keys passed to t('…') in the sources (template keys are checked by their own tests). */
function literalKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(join(PROJECT_ROOT, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.:-]*)'/g)) keys.add(match[1]!);
  }
  return keys;
}

function has(locale: string, key: string): boolean {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: unknown = resources[locale]?.[ns];
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('locale files', () => {
  it('have the same keys in every language', () => {
    const [first, ...others] = SUPPORTED_LOCALES;
    for (const ns of Object.keys(resources[first]!)) {
      const expected = keyPaths(resources[first]![ns]).sort();
      for (const locale of others) expect(keyPaths(resources[locale]![ns]).sort(), `${locale}/${ns}.json`).toEqual(expected);
    }
  });

  it('hold every key the code uses', () => {
    const keys = literalKeys();
    expect(keys.size).toBeGreaterThan(20);
    for (const locale of SUPPORTED_LOCALES) {
      const missing = [...keys].filter((key) => !has(locale, key));
      expect(missing, `missing in ${locale}`).toEqual([]);
    }
  });
});

describe('renderer', () => {
  const renderer = createRenderer(resources, 'id');

  it('renders nested texts and keeps user input verbatim (channels escape at the edge)', () => {
    const [message] = renderer.render(
      [{ body: [{ key: 'language.prompt', params: { current: { key: 'language.name.en' } } }, { key: 'engine.resume', params: { flow: '<b>x</b>' } }] }],
      'id',
    );
    expect(message!.text).toBe('Bahasa yang dipakai sekarang: 🇬🇧 English. Pilih bahasa:\n\n▶️ Lanjutkan: <b>x</b>');
  });

  it('renders in the requested language and buttons too', () => {
    const [message] = renderer.render(
      [{ body: [{ key: 'engine.cancelled' }], buttons: [{ id: 'cmd:menu', label: { key: 'engine.button.help' } }] }],
      'en',
    );
    expect(message).toEqual({ text: 'OK, cancelled. Nothing from that step was saved.', buttons: [{ id: 'cmd:menu', label: '❓ Help' }] });
    expect(isText({ key: 'x' })).toBe(true);
  });
});
