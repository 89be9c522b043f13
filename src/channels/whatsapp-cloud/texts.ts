/**
 * The Cloud API channel's own user-visible texts (locales/<lang>/whatsapp.json, `cloud.*`),
 * on top of those Baileys mode has too (the numbered-list hint, the apology).
 */
import { t } from '../../core/text.js';
import { createWhatsAppTexts, type TextRenderer, type WhatsAppTexts } from '../whatsapp/texts.js';

/** Texts the channel adds, in a language. */
export interface CloudTexts extends WhatsAppTexts {
  /** The answer to voice notes, videos, stickers…: only text and photos are read. */
  unsupported(locale: string): string;
  /** The label of the button that opens a list. */
  listButton(locale: string): string;
}

/** The channel's texts from the app's renderer. */
export function createCloudTexts(renderer: TextRenderer): CloudTexts {
  return {
    ...createWhatsAppTexts(renderer),
    unsupported: (locale) => renderer.text(t('whatsapp:cloud.unsupported'), locale),
    listButton: (locale) => renderer.text(t('whatsapp:cloud.listButton'), locale),
  };
}
