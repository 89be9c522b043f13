/**
 * The WhatsApp channel's own user-visible texts (locales/<lang>/whatsapp.json): the hint
 * under a numbered list. Everything else users read comes from the flows, via the runner.
 */
import { t, type Text } from '../../core/text.js';
import { INBOUND_FAILED_TEXT } from '../../core/inbound.js';

/** Texts the channel adds, in a language. */
export interface WhatsAppTexts {
  /** The line under a numbered list telling how to answer it. */
  listHint(locale: string): string;
  /** The apology when a message could not be processed (the runner rolled back). */
  failed(locale: string): string;
}

/** Something that renders a single text (the app's i18n renderer has `text`). */
export interface TextRenderer {
  text(text: Text, locale: string): string;
}

/** The channel's texts from the app's renderer. */
export function createWhatsAppTexts(renderer: TextRenderer): WhatsAppTexts {
  return {
    listHint: (locale) => renderer.text(t('whatsapp:list.hint'), locale),
    failed: (locale) => renderer.text(t(INBOUND_FAILED_TEXT), locale),
  };
}
