/**
 * The words that name a menu entry: the shortcuts and the menu's labels open their entry at
 * the menu, however they are typed; as an aside mid-flow only phrases of several words
 * count (a single word can be a real answer), with the menu button.
 */
import { describe, expect, it } from 'vitest';
import { isResendRequest, menuEntryOfWords, menuWordAsides } from '../../../src/domain/home/menu-words.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const renderMessage = (message: Parameters<typeof renderer.render>[0][number], locale: string) => renderer.render([message], locale)[0]!;

describe('menu words', () => {
  it('finds the entry of a shortcut or a label, typed with emoji, capitals, punctuation or extra spaces', () => {
    expect(menuEntryOfWords('daftar')).toBe('register');
    expect(menuEntryOfWords('👥 Kelompok saya')).toBe('groups');
    expect(menuEntryOfWords('KELOMPOK   SAYA!')).toBe('groups');
    expect(menuEntryOfWords('📒 Kegiatan saya')).toBe('activities');
    expect(menuEntryOfWords('🤝 Catat kegiatan bersama')).toBe('activity');
    expect(menuEntryOfWords('My groups.')).toBe('groups');
    expect(menuEntryOfWords('cek status?')).toBe('status');
  });

  it('finds nothing in other words, or in a name that holds the words among others', () => {
    expect(menuEntryOfWords('Arisan Kelompok Saya')).toBeNull();
    expect(menuEntryOfWords('apa itu wksbm')).toBeNull();
    expect(menuEntryOfWords('')).toBeNull();
  });

  it('answers a phrase of several words as an aside with the menu button, and leaves single words and names as answers', () => {
    const aside = menuWordAsides(' Kelompok saya ');
    expect(aside).not.toBeNull();
    const message = renderMessage(aside![0]!, 'id');
    expect(message.text).toContain('“Kelompok saya” itu pilihan menu');
    expect(message.buttons?.map((button) => button.id)).toEqual(['cmd:menu']);
    expect(renderMessage(menuWordAsides('my groups')![0]!, 'en').text).toContain('“my groups” is a menu option');
    expect(menuWordAsides('status')).toBeNull();
    expect(menuWordAsides('kegiatan')).toBeNull();
    expect(menuWordAsides('Arisan Melati')).toBeNull();
  });
});

describe('a wish to send back what was rejected', () => {
  it('reads "kirim ulang" and the ways people say it, with the words around it', () => {
    for (const text of ['kirim ulang', 'Kirim lagi', 'ajukan ulang', 'ajukan lagi dong', 'mau kirim ulang kegiatan yg ditolak', 'tolong kirim ulang ke petugas', '📤 Kirim ulang', 'resubmit']) {
      expect(isResendRequest(text), text).toBe(true);
    }
  });

  it('reads the words the FAQ tells a leader to type, in each language ("type “send again”": was “kirim ulang” in English)', () => {
    for (const locale of ['id', 'en'] as const) {
      const answers = JSON.stringify(loadLocaleResources(LOCALES_DIR)[locale]!['faq']);
      const told = [...answers.matchAll(/(?:type|ketik) “([^”]+)”/gu)].map((match) => match[1]!).filter((words) => /kirim|send|ajukan/iu.test(words));
      expect(told.length, locale).toBeGreaterThan(0);
      for (const words of told) expect(isResendRequest(words), `${locale}: ${words}`).toBe(true);
      if (locale === 'en') expect(told.every((words) => !/kirim/iu.test(words)), told.join(', ')).toBe(true);
    }
  });

  it('leaves other messages with those words alone', () => {
    for (const text of ['kirim', 'kirim foto', 'kirim ulang fotonya ke grup wa', 'ulang', 'apa itu wksbm', 'kirim lagi besok jam 3']) {
      expect(isResendRequest(text), text).toBe(false);
    }
  });
});
