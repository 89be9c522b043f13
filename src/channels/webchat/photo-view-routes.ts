/**
 * `GET /webchat/photos/:photoId?userId=…`: a stored activity photo named by a reply (a
 * leader's own activity in "Kegiatan saya", an officer's alert), for the web chat session
 * whose person may see it — anyone else, another session included, gets 404 as if it did not
 * exist. Never cached by shared caches; there is no public address of a photo.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { photoHttpAnswer, type PhotoFileView } from '../../core/media.js';
import type { Clock } from '../../core/ports.js';
import { NotFoundError, parseWith } from '../../core/request-errors.js';
import type { WebchatSessionStore } from './sessions.js';
import { webchatSender } from './webchat-user.js';

/** Reads a photo for the person behind a web chat identity (null: not theirs to see, or gone). */
export interface WebchatPhotoReader {
  read(externalId: string, photoId: string): Promise<PhotoFileView | null>;
}

/** What the route needs. */
export interface WebchatPhotoViewOptions {
  readonly photos: WebchatPhotoReader;
  readonly sessions: WebchatSessionStore;
  readonly clock: Clock;
}

const paramsSchema = z.object({ photoId: z.uuid('must be a photo id') });
// Strict, as every web chat route: an unknown key is refused (400), not ignored.
const querySchema = z.strictObject({ userId: z.unknown() });

/** Registers GET /webchat/photos/:photoId. */
export const webchatPhotoViewRoutes: FastifyPluginAsync<WebchatPhotoViewOptions> = async (app, options) => {
  app.get('/webchat/photos/:photoId', async (request, reply) => {
    const { photoId } = parseWith(paramsSchema, request.params, 'params');
    const query = parseWith(querySchema, request.query ?? {}, 'query');
    const sender = await webchatSender(options.sessions, query.userId, options.clock(), 'query');
    const photo = await options.photos.read(sender.externalId, photoId);
    if (!photo) throw new NotFoundError('No photo with this id.');
    const answer = photoHttpAnswer(photo);
    return reply.type(answer.type).headers(answer.headers).send(answer.body);
  });
};
