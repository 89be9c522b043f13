/**
 * The level names as the chat shows them ("🌱 Rintisan"), rendered from locales/ as the bot
 * renders them: status:level nests the plain words of words:level, so the raw file is not
 * the text a user reads.
 */
import { WKSBM_LEVELS, type WksbmLevel } from '../../src/domain/model/status.js';
import { loadLocaleResources } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../src/paths.js';

/** Each level's chat text in `locale`. */
export function levelTexts(locale = 'id'): Record<WksbmLevel, string> {
  const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
  const texts = {} as Record<WksbmLevel, string>;
  for (const level of WKSBM_LEVELS) texts[level] = renderer.text({ key: `status:level.${level}` }, locale);
  return texts;
}
