/**
 * The Alert payload's stored shape, `{ messages: OutboundMessage[] }`: written by the
 * outbox, read back by the dispatcher. Read defensively: a row written by an older (or a
 * buggy) version must not crash the dispatcher, only be reported as unsendable.
 */
import type { OutboundMessage } from '../../core/messages.js';

/** The JSON stored for an alert's messages. */
export function toPayloadJson(messages: readonly OutboundMessage[]): string {
  return JSON.stringify({ messages });
}

/** The messages of a stored payload, or null when it is not `{ messages: [...] }` of valid messages. */
export function messagesOf(payload: unknown): OutboundMessage[] | null {
  if (!isRecord(payload) || !Array.isArray(payload.messages)) return null;
  return payload.messages.every(isMessage) ? (payload.messages as OutboundMessage[]) : null;
}

function isMessage(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.body) || !value.body.every(isText)) return false;
  if (value.photos !== undefined && !(Array.isArray(value.photos) && value.photos.every((id) => typeof id === 'string'))) return false;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
