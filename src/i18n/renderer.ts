/**
 * Turns neutral texts (keys + params) into strings with i18next. A missing key is a bug,
 * so it is logged and shown as the key rather than as an empty message.
 */
import i18next, { type i18n } from 'i18next';
import type { OutboundMessage, RenderedMessage } from '../core/messages.js';
import type { Renderer } from '../core/ports.js';
import { isText, type Text } from '../core/text.js';
import { SUPPORTED_LOCALES, type LocaleResources } from './locales.js';

/** A renderer plus direct access to single texts (for channel UIs such as command lists). */
export interface I18nRenderer extends Renderer {
  text(text: Text, locale: string): string;
  readonly instance: i18n;
}

/** Creates an isolated i18next instance over already-loaded resources. */
export function createRenderer(
  resources: LocaleResources,
  defaultLocale: string,
  onMissingKey?: (locale: string, key: string) => void,
): I18nRenderer {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: Object.keys(resources[defaultLocale] ?? { common: {} }),
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    // Replies are plain text; each channel escapes for its own markup at the edge.
    interpolation: { escapeValue: false },
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: (lngs, _ns, key) => onMissingKey?.(lngs.join(','), key),
  });

  /**
   * Texts without parameters, once rendered, by locale and key: most of a reply (buttons,
   * fixed sentences) is such text, and i18next's lookup, nesting and interpolation show in
   * the message path's profile. The resources never change after start, so neither do these;
   * the keys bound its size.
   */
  const fixed = new Map<string, string>();

  function text(value: Text, locale: string): string {
    if (value.params === undefined || Object.keys(value.params).length === 0) {
      const id = `${locale}\u0000${value.key}`;
      let rendered = fixed.get(id);
      if (rendered === undefined) fixed.set(id, (rendered = instance.t(value.key, { lng: locale })));
      return rendered;
    }
    const params: Record<string, string | number> = {};
    for (const [name, param] of Object.entries(value.params ?? {})) {
      params[name] = isText(param) ? text(param, locale) : param;
    }
    return instance.t(value.key, { ...params, lng: locale });
  }

  return {
    instance,
    text,
    render(messages: readonly OutboundMessage[], locale: string): RenderedMessage[] {
      return messages.map((message) => {
        const rendered = message.body.map((part) => text(part, locale)).join('\n\n');
        const buttons = message.buttons?.map((button) => ({ id: button.id, label: text(button.label, locale), ...(button.toggle && { toggle: button.toggle }) })) ?? [];
        const links = message.links?.map((link) => ({ url: link.url, label: text(link.label, locale) })) ?? [];
        // Photos (ids of stored activity photos) pass through for the channel to attach.
        const photos = message.photos ?? [];
        return {
          text: rendered,
          ...(buttons.length > 0 && { buttons }),
          ...(links.length > 0 && { links }),
          ...(photos.length > 0 && { photos: [...photos] }),
        };
      });
    },
  };
}
