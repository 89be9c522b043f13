/**
 * The command menu Telegram shows next to the text field, per language. Names and
 * descriptions come from `locales/<lng>/telegram.json` (`commands.<name>.command|description`),
 * so Indonesian users see /batal and /bantuan and English users /cancel and /help; the
 * engine understands both, with or without the slash.
 */
import type { BotCommand } from 'grammy/types';

/** Renders a key of the locale files in a language (the lead passes the i18n renderer's). */
export type TextFn = (key: string, locale: string) => string;

/**
 * The commands, in menu order; each is a global command of the engine, /start, or a
 * personal-data command the main menu understands (src/domain/privacy/commands.ts).
 */
export const TELEGRAM_COMMAND_KEYS = ['start', 'menu', 'back', 'cancel', 'help', 'language', 'mydata', 'erasedata', 'withdrawconsent'] as const;

/**
 * Command lists by language: `default` (no language_code, Indonesian) and `en`.
 * Telegram shows a user the list of their app's language, else the default one.
 */
export interface TelegramCommandSets {
  readonly default: readonly BotCommand[];
  readonly byLanguage: Readonly<Record<string, readonly BotCommand[]>>;
}

/** Builds the command lists; throws (at start) when a locale file holds an invalid entry. */
export function buildTelegramCommands(text: TextFn, defaultLocale = 'id', otherLocales: readonly string[] = ['en']): TelegramCommandSets {
  const list = (locale: string): BotCommand[] =>
    TELEGRAM_COMMAND_KEYS.map((key) => {
      const command = text(`telegram:commands.${key}.command`, locale);
      const description = text(`telegram:commands.${key}.description`, locale);
      if (!/^[a-z0-9_]{1,32}$/.test(command)) throw new Error(`telegram.json (${locale}): commands.${key}.command must be 1–32 of a-z, 0-9 and _`);
      if (description.length < 1 || description.length > 256) throw new Error(`telegram.json (${locale}): commands.${key}.description must be 1–256 characters`);
      return { command, description };
    });
  return { default: list(defaultLocale), byLanguage: Object.fromEntries(otherLocales.map((locale) => [locale, list(locale)])) };
}
