/**
 * The web chat channel: a JSON endpoint that turns a request into a neutral inbound
 * message and answers with the rendered replies, and the page that uses it.
 *
 * `POST /webchat/sessions` → 201 `{ userId }`: a new identity issued by the server.
 * `POST /webchat/messages` `{ userId, text? | buttonId?, messageId? }` →
 * `{ replies: [{ text, buttons?: [{ id, label, toggle? }], photos?: [photoId] }], locale? }`
 * (`locale`: the language the person chose in the chat, once they did; `toggle`:
 * 'ticked' or 'unticked', a checkbox of a multi-select list; a photo is shown
 * with `GET /webchat/photos/:photoId?userId=…`); a userId the server did not issue
 * is answered 401. Sending the same `messageId` again (a retry after a dropped connection)
 * returns the same replies and changes nothing. A button's label typed as `text` ("seluruh
 * desa" for "🏘️ Seluruh desa") counts as that button of the user's latest answer (a
 * checkbox's only once something in its list is ticked: ../typed-buttons.ts).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { InboundContent, InboundMessage } from '../../core/messages.js';
import type { Clock } from '../../core/ports.js';
import { NO_QUERY, parseWith } from '../../core/request-errors.js';
import { answerWithReplies, type HandledWebchatMessage } from './answer.js';
import { chatPageIn } from './chat-page.js';
import { webchatPhotoRoutes } from './photo-upload-routes.js';
import { webchatPhotoViewRoutes, type WebchatPhotoReader } from './photo-view-routes.js';
import { issueWebchatSession, type WebchatSessionStore } from './sessions.js';
import { TypedButtons } from '../typed-buttons.js';
import { webchatId, webchatSender, webchatUserId } from './webchat-user.js';

/** What the web chat needs: something that handles an inbound message, and the issued sessions. */
export interface WebchatOptions {
  readonly handle: (message: InboundMessage) => Promise<HandledWebchatMessage>;
  readonly sessions: WebchatSessionStore;
  readonly clock?: Clock;
  /** Stored activity photos a reply names, for the session's person (GET /webchat/photos/:id). */
  readonly photos?: WebchatPhotoReader;
  /** The bot's default language (DEFAULT_LOCALE, 'id' when left out): the page's own words start in it. */
  readonly defaultLocale?: string;
}

const id = webchatId;

const bodySchema = z
  .object({
    userId: webchatUserId,
    text: z.string().max(4000, 'must be at most 4000 characters').optional(),
    buttonId: z.string().min(1).max(200).optional(),
    messageId: id(128).optional(),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.buttonId === undefined), {
    message: 'send either "text" or "buttonId" (exactly one of them)',
  });

// The routes that take no query refuse an unknown key (NO_QUERY), as every web chat route does.
// Not the page's: /chat is opened from shared links that may carry a tracker's keys.

const PAGE_URL = new URL('./chat-page.html', import.meta.url);

/** Registers the web chat routes. */
export const webchatRoutes: FastifyPluginAsync<WebchatOptions> = async (app, options) => {
  // Read once: the page is static and small; its words start in the bot's default language.
  const page = chatPageIn(await readFile(PAGE_URL, 'utf8'), options.defaultLocale ?? 'id');

  app.get('/chat', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:")
      .header('x-content-type-options', 'nosniff')
      .send(page),
  );

  const clock = options.clock ?? (() => new Date());

  app.post('/webchat/sessions', async (request, reply) => {
    parseWith(NO_QUERY, request.query ?? {}, 'query');
    const userId = await issueWebchatSession(options.sessions, clock());
    // The userId is a credential: no cache may keep the answer.
    return reply.status(201).header('cache-control', 'no-store').send({ userId });
  });

  // Photos: POST /webchat/photos (photo-upload-routes.ts), in a context of its own.
  await app.register(webchatPhotoRoutes, { ...options, clock });
  // A reply's photos: GET /webchat/photos/:photoId (photo-view-routes.ts), for that session only.
  if (options.photos) await app.register(webchatPhotoViewRoutes, { photos: options.photos, sessions: options.sessions, clock });

  // A button's label typed instead of tapped is that button (typed-buttons.ts).
  const typed = new TypedButtons();
  app.post('/webchat/messages', async (request, reply) => {
    parseWith(NO_QUERY, request.query ?? {}, 'query');
    const body = parseWith(bodySchema, request.body ?? undefined);
    const sender = await webchatSender(options.sessions, body.userId, clock());
    const buttonId = body.buttonId ?? typed.buttonFor(body.userId, body.text ?? '');
    const content: InboundContent = buttonId !== undefined ? { type: 'button', id: buttonId } : { type: 'text', text: body.text ?? '' };
    const result = await options.handle({ channel: 'webchat', messageId: body.messageId ?? randomUUID(), sender, content });
    typed.remember(body.userId, result.replies);
    return answerWithReplies(request, reply, result);
  });
};
