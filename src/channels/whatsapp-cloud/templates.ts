/**
 * Which approved template carries an alert outside the 24-hour window: the kind's own
 * templates, else the "*" ones; among several languages the recipient's (by its first two
 * letters: "en" matches "en_US"), else the first listed.
 */
import type { CloudTemplate, CloudTemplates } from '../../config/whatsapp-cloud.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { CloudMessageBody } from './graph-client.js';
import { templateParameter } from './outbound.js';

/** The template for `kind` in (ideally) `locale`, or undefined when none is configured. */
export function pickTemplate(templates: CloudTemplates, kind: string, locale: string): CloudTemplate | undefined {
  const candidates = templates[kind] ?? templates['*'] ?? [];
  const language = locale.slice(0, 2).toLowerCase();
  return candidates.find((template) => template.language.slice(0, 2).toLowerCase() === language) ?? candidates[0];
}

/** A template message whose one body parameter ({{1}}) is the alert's text. */
export function templateMessage(template: CloudTemplate, messages: readonly RenderedMessage[]): CloudMessageBody {
  return {
    type: 'template',
    template: {
      name: template.name,
      language: { code: template.language },
      components: [{ type: 'body', parameters: [{ type: 'text', text: templateParameter(messages) }] }],
    },
  };
}
