/**
 * The domain's words read from locales/: every stored code has a plain word in every language,
 * a missing one stops start-up naming the file and the key, and decoration is stripped.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_CATEGORIES } from '../../src/domain/model/activities.js';
import { GROUP_TYPES } from '../../src/domain/model/group-types.js';
import { WKSBM_LEVELS } from '../../src/domain/model/status.js';
import { domainWords, plainWord } from '../../src/i18n/domain-words.js';
import { loadLocaleResources, type LocaleResources } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../src/paths.js';

const resources = loadLocaleResources(LOCALES_DIR);

describe('domain words', () => {
  it('hold a plain word for every code in every language', () => {
    const words = domainWords(resources);
    for (const lang of ['id', 'en'] as const) {
      expect(Object.keys(words[lang].level), lang).toEqual([...WKSBM_LEVELS]);
      expect(Object.keys(words[lang].groupType), lang).toEqual([...GROUP_TYPES]);
      expect(Object.keys(words[lang].category), lang).toEqual([...ACTIVITY_CATEGORIES]);
      expect(Object.keys(words[lang].pmks), lang).toHaveLength(26);
      for (const section of Object.values(words[lang])) {
        for (const word of Object.values<string>(section)) expect(word).toBe(plainWord(word));
      }
    }
    expect(words.id.level.aktif).toBe('Aktif');
    expect(words.en.criterion.c3).toBe('Working together');
    expect(words.id.pmks['8']).toBe('Lanjut Usia Terlantar');
  });

  it('are the words the chat shows: the status reply renders them with its emoji', () => {
    const renderer = createRenderer(resources, 'id');
    const words = domainWords(resources);
    for (const level of WKSBM_LEVELS) {
      expect(renderer.text({ key: `status:level.${level}` }, 'id')).toContain(words.id.level[level]);
      // English shows the Indonesian name beside its own.
      expect(renderer.text({ key: `status:level.${level}` }, 'en')).toContain(`${words.en.level[level]} (${words.id.level[level]})`);
    }
    expect(renderer.text({ key: 'status:criterion.c2', params: { mark: '✅', numbers: '…' } }, 'id')).toBe(`✅ ${words.id.criterion.c2}: …`);
    // English has one name per PMKS category: the chat's buttons show the words of words.json.
    for (const [code, name] of Object.entries(words.en.pmks)) expect(renderer.text({ key: `activities:pmks.${code}` }, 'en')).toBe(name);
  });

  it('refuse to start without a word, naming the file and the key', () => {
    const broken: LocaleResources = structuredClone(resources);
    delete (broken.en!.groups!.type as Record<string, unknown>).posyandu;
    expect(() => domainWords(broken)).toThrow('locales/en/groups.json has no word for type.posyandu');
    const empty: LocaleResources = structuredClone(resources);
    (empty.id!.words!.level as Record<string, unknown>).aktif = '🌳 ';
    expect(() => domainWords(empty)).toThrow('locales/id/words.json has no word for level.aktif');
  });

  it('strip emoji and spaces a chat word may carry', () => {
    expect(plainWord('🌱 Rintisan')).toBe('Rintisan');
    expect(plainWord('🇮🇩 Bahasa Indonesia')).toBe('Bahasa Indonesia');
    expect(plainWord('✔️ Selesai')).toBe('Selesai');
    expect(plainWord('Kerja bakti/gotong royong')).toBe('Kerja bakti/gotong royong');
    expect(plainWord('PKK')).toBe('PKK');
  });
});
