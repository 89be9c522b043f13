/**
 * The Cloud API webhook body, read with zod: `entry[].changes[].value` carries `messages[]`
 * (what people wrote), `contacts[]` (who wrote them: `wa_id` and `profile.name`) and
 * `statuses[]` (what became of what the bot sent). Only the fields
 * the bot uses are checked; unknown fields and message types pass, so a new platform
 * feature never makes a whole webhook fail.
 */
import { z } from 'zod';

const inboundMessage = z
  .object({
    from: z.string().regex(/^\d{5,20}$/),
    id: z.string().min(1).max(256),
    timestamp: z.string().regex(/^\d{1,12}$/).optional(),
    type: z.string(),
    text: z.object({ body: z.string() }).optional(),
    interactive: z
      .object({
        type: z.string(),
        button_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
        list_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
      })
      .optional(),
    /** A tap on a template's quick-reply button. */
    button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional(),
    image: z.object({ id: z.string(), mime_type: z.string().optional(), caption: z.string().optional() }).optional(),
    document: z.object({ id: z.string(), mime_type: z.string().optional(), caption: z.string().optional() }).optional(),
    location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  })
  .loose();

/** A sender of the change's messages: their number and the name their WhatsApp profile shows. */
const contact = z
  .object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).loose().optional() })
  .loose();

const status = z
  .object({
    id: z.string().min(1),
    status: z.string(),
    timestamp: z.string().regex(/^\d{1,12}$/).optional(),
    recipient_id: z.string().optional(),
    errors: z
      .array(z.object({ code: z.number().optional(), title: z.string().optional(), message: z.string().optional(), error_data: z.object({ details: z.string().optional() }).loose().optional() }).loose())
      .optional(),
  })
  .loose();

const value = z
  .object({
    messaging_product: z.string().optional(),
    metadata: z.object({ phone_number_id: z.string().optional() }).loose().optional(),
    messages: z.array(z.unknown()).optional(),
    contacts: z.array(z.unknown()).optional(),
    statuses: z.array(z.unknown()).optional(),
  })
  .loose();

/** The webhook body. */
export const webhookBody = z
  .object({
    object: z.string(),
    entry: z.array(z.object({ changes: z.array(z.object({ field: z.string().optional(), value: value }).loose()) }).loose()),
  })
  .loose();

export type WebhookBody = z.infer<typeof webhookBody>;
/**
 * One message as read, with `profileName`: the name the sender's WhatsApp profile shows (the
 * change's `contacts[]` entry of the same `wa_id`), as Baileys' push name; absent when none.
 */
export type CloudInboundMessage = z.infer<typeof inboundMessage> & { readonly profileName?: string };
export type CloudStatus = z.infer<typeof status>;

const templateEvent = z
  .object({ event: z.string(), message_template_name: z.string().optional(), message_template_language: z.string().optional(), reason: z.string().nullish() })
  .loose();

/** A change of a template's review state (field `message_template_status_update`). */
export type TemplateEvent = z.infer<typeof templateEvent>;

/** The messages and statuses of a webhook for our number (and template events); malformed items are skipped and counted. */
export function readWebhook(
  body: WebhookBody,
  phoneNumberId: string,
): { messages: CloudInboundMessage[]; statuses: CloudStatus[]; templates: TemplateEvent[]; skipped: number } {
  const messages: CloudInboundMessage[] = [];
  const statuses: CloudStatus[] = [];
  const templates: TemplateEvent[] = [];
  let skipped = 0;
  if (body.object !== 'whatsapp_business_account') return { messages, statuses, templates, skipped };
  for (const entry of body.entry) {
    for (const change of entry.changes) {
      if (change.field === 'message_template_status_update') {
        const parsed = templateEvent.safeParse(change.value);
        if (parsed.success) templates.push(parsed.data);
        continue;
      }
      // One app may serve several numbers: only ours are answered.
      const number = change.value.metadata?.phone_number_id;
      if (number !== undefined && number !== phoneNumberId) continue;
      const names = profileNames(change.value.contacts ?? []);
      for (const item of change.value.messages ?? []) {
        const parsed = inboundMessage.safeParse(item);
        if (!parsed.success) {
          skipped += 1;
          continue;
        }
        const profileName = names.get(parsed.data.from);
        messages.push(profileName === undefined ? parsed.data : { ...parsed.data, profileName });
      }
      for (const item of change.value.statuses ?? []) {
        const parsed = status.safeParse(item);
        if (parsed.success) statuses.push(parsed.data);
        else skipped += 1;
      }
    }
  }
  return { messages, statuses, templates, skipped };
}

/** The profile name per `wa_id` of a change's contacts; a contact without one (or malformed) names nobody. */
function profileNames(contacts: readonly unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of contacts) {
    const parsed = contact.safeParse(item);
    const name = parsed.success ? parsed.data.profile?.name?.trim() : undefined;
    if (parsed.success && name) names.set(parsed.data.wa_id, name);
  }
  return names;
}
