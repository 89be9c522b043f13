/**
 * The Alert payload's stored shape, `{ messages: OutboundMessage[] }`: written by the
 * outbox, read back by the dispatcher. Read defensively: a row written by an older (or a
 * buggy) version must not crash the dispatcher, only be reported as unsendable.
 */
import type { OutboundMessage } from '../../core/messages.js';
import { field, isRecord } from '../../core/unknown.js';

/** The JSON stored for an alert's messages. */
export function toPayloadJson(messages: readonly OutboundMessage[]): string {
  return JSON.stringify({ messages });
}

/** The messages of a stored payload, or null when it is not `{ messages: [...] }` of valid messages. */
export function messagesOf(payload: unknown): OutboundMessage[] | null {
  const messages = field(payload, 'messages');
  if (!Array.isArray(messages)) return null;
  return messages.every(isMessage) ? messages : null;
}

function isMessage(value: unknown): value is OutboundMessage {
  if (!isRecord(value) || !Array.isArray(value.body) || !value.body.every(isText)) return false;
  if (value.photos !== undefined && !(Array.isArray(value.photos) && value.photos.every((id) => typeof id === 'string'))) return false;
  if (value.menu !== undefined && typeof value.menu !== 'boolean') return false;
  if (value.links !== undefined && !(Array.isArray(value.links) && value.links.every((link) => isRecord(link) && typeof link.url === 'string' && isText(link.label)))) {
    return false;
  }
  if (value.buttons === undefined) return true;
  return Array.isArray(value.buttons) && value.buttons.every((button) => isRecord(button) && typeof button.id === 'string' && isText(button.label));
}

function isText(value: unknown, depth = 0): boolean {
  if (!isRecord(value) || typeof value.key !== 'string') return false;
  if (value.params === undefined) return true;
  if (!isRecord(value.params) || depth > 8) return false;
  return Object.values(value.params).every(
    (param) => typeof param === 'string' || typeof param === 'number' || isText(param, depth + 1),
  );
}
