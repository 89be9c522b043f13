/**
 * Web chat photo upload: `POST /webchat/photos?userId=…&messageId=…` with the image's bytes
 * as the request body (any Content-Type: the type is read from the bytes, never from a
 * header or a name), at most 5 MB. The photo reaches the conversation like a photo sent on
 * Telegram or WhatsApp, and the answer is the bot's replies, as for `POST /webchat/messages`:
 * `{ replies: [{ text, buttons? }] }`. A body over 5 MB is not read further; the bot then
 * answers (in the person's language) that the photo is too large, or, when its first bytes
 * are no image's, that the file is no photo. The same `messageId`
 * sent again returns the same replies and stores nothing twice.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_PHOTO_INPUT_BYTES, type InboundMedia } from '../../core/media.js';
import { parseWith } from '../../core/request-errors.js';
import type { InboundMessage } from '../../core/messages.js';
import type { Clock } from '../../core/ports.js';
import { answerWithReplies, type HandledWebchatMessage } from './answer.js';
import { UploadTooLargeError, uploadBodyParser } from './upload-body.js';
import type { WebchatSessionStore } from './sessions.js';
import { webchatId, webchatSender } from './webchat-user.js';

/** The upload's path. */
export const WEBCHAT_PHOTO_PATH = '/webchat/photos';

// Strict, as every web chat route: an unknown key is refused (400), not ignored.
const querySchema = z.strictObject({ userId: z.unknown(), messageId: webchatId(128).optional() });

/** What the upload needs: something that handles an inbound message (the web chat's). */
export interface WebchatPhotoOptions {
  readonly handle: (message: InboundMessage) => Promise<HandledWebchatMessage>;
  /** The issued web chat sessions: an upload speaks for one. */
  readonly sessions: WebchatSessionStore;
  readonly clock: Clock;
}

/** Registers the upload route (in its own context: it reads raw bodies of any type). */
export const webchatPhotoRoutes: FastifyPluginAsync<WebchatPhotoOptions> = async (app, options) => {
  // Whatever the declared type (text/plain, application/json, image/*), the body is bytes.
  app.removeAllContentTypeParsers();
  // Read by hand: a body over the limit keeps its first bytes, to tell a photo from another file.
  app.addContentTypeParser('*', uploadBodyParser(MAX_PHOTO_INPUT_BYTES));

  const handlePhoto = async (request: FastifyRequest, reply: FastifyReply, media: InboundMedia) => {
    const query = parseWith(querySchema, request.query ?? {}, 'query');
    const sender = await webchatSender(options.sessions, query.userId, options.clock(), 'query');
    const result = await options.handle({
      channel: 'webchat',
      messageId: query.messageId ?? randomUUID(),
      sender,
      content: { type: 'media', kind: 'photo', ref: 'upload' },
      media,
    });
    return answerWithReplies(request, reply, result);
  };

  app.post(WEBCHAT_PHOTO_PATH, {
    bodyLimit: MAX_PHOTO_INPUT_BYTES,
    // Too large: the person gets the bot's answer in their language, not a bare 413 (and a
    // file that is no image, by its first bytes, is told so rather than "too large").
    errorHandler: async (error, request, reply) => {
      if (error instanceof UploadTooLargeError) {
        const head = error.head;
        return reply.send(await handlePhoto(request, reply, { fetch: async () => ({ kind: 'too-large', head }) }));
      }
      throw error;
    },
  }, async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    return handlePhoto(request, reply, { fetch: async (maxBytes) => (body.byteLength > maxBytes ? { kind: 'too-large' } : { kind: 'ok', bytes: body }) });
  });
};
