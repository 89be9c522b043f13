/**
 * The Cloud API channel's own user-visible texts (locales/<lang>/whatsapp.json, `cloud.*`
 * and the numbered-list hint Baileys mode uses too).
 */
import { INBOUND_FAILED_TEXT } from '../../core/inbound.js';
import { t, type Text } from '../../core/text.js';

/** Texts the channel adds, in a language. */
export interface CloudTexts {
  /** The answer to voice notes, videos, stickers…: only text and photos are read. */
  unsupported(locale: string): string;
  /** The label of the button that opens a list. */
  listButton(locale: string): string;
  /** The line under a numbered list (more than 10 choices). */
  listHint(locale: string): string;
  /** The apology when a message could not be processed (the runner rolled back). */
  failed(locale: string): string;
}

/** Something that renders a single text (the app's i18n renderer has `text`). */
export interface TextRenderer {
  text(text: Text, locale: string): string;
}

/** The channel's texts from the app's renderer. */
export function createCloudTexts(renderer: TextRenderer): CloudTexts {
  return {
    unsupported: (locale) => renderer.text(t('whatsapp:cloud.unsupported'), locale),
    listButton: (locale) => renderer.text(t('whatsapp:cloud.listButton'), locale),
    listHint: (locale) => renderer.text(t('whatsapp:list.hint'), locale),
    failed: (locale) => renderer.text(t(INBOUND_FAILED_TEXT), locale),
  };
}
