/**
 * The chat page as it is served: its own words ("Ketik pesan…", "Mulai ulang") start in the
 * bot's default language (DEFAULT_LOCALE), which the page reads from `<html lang>`. They
 * started in the browser's language: a resident whose phone is set to English saw English
 * words around the bot's Indonesian.
 */

/** The page's opening tag, whose `lang` names the language its words start in. */
const HTML_TAG = /<html lang="[^"]*">/;
/** A plain language code: nothing else is written into the page. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** `html` (chat-page.html) with its words starting in `locale` ("id", "en"). */
export function chatPageIn(html: string, locale: string): string {
  if (!LANGUAGE_CODE.test(locale)) throw new Error(`not a language code: ${JSON.stringify(locale)}`);
  if (!HTML_TAG.test(html)) throw new Error('the chat page has no <html lang="…"> tag');
  return html.replace(HTML_TAG, `<html lang="${locale}">`);
}
