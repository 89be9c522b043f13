/**
 * The web chat upload's body reader: the bytes of the request, at most `limit` of them. A
 * body over the limit (declared or read) is not kept, but its first bytes are: they tell a
 * photo too large from a file that is no photo at all (a 6 MB PDF is "not a photo", not
 * "too large"), which the answer depends on.
 */
import type { FastifyRequest } from 'fastify';

/** Leading bytes enough to recognise JPEG, PNG and WebP (sniffImageType needs 12). */
const HEAD_BYTES = 16;

/** A body over the limit: the error the route answers with the bot's reply, with the file's first bytes. */
export class UploadTooLargeError extends Error {
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
  readonly statusCode = 413;
  constructor(readonly head: Uint8Array) {
    super('Request body is too large');
  }
}

/**
 * A content-type parser (for `addContentTypeParser('*', …)`) that gives the body as a Buffer,
 * or fails with {@link UploadTooLargeError} once it is over `limit` bytes — at once when the
 * declared length says so, after reading only the first bytes.
 */
export function uploadBodyParser(limit: number) {
  return (request: FastifyRequest, payload: NodeJS.ReadableStream, done: (error: Error | null, body?: Buffer) => void): void => {
    const declared = Number(request.headers['content-length']);
    const tooLargeDeclared = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (error: Error | null, body?: Buffer) => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
      done(error, body);
    };
    // Only the first bytes are joined: the body read so far may be megabytes.
    const head = () => new Uint8Array(Buffer.concat(chunks, Math.min(received, HEAD_BYTES)));
    function onData(chunk: Buffer | string) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      received += bytes.length;
      if (received > limit || (tooLargeDeclared && received >= HEAD_BYTES)) finish(new UploadTooLargeError(head()));
    }
    function onEnd() {
      // A body that ended short of a declared length over the limit is still refused as too large.
      if (tooLargeDeclared) return finish(new UploadTooLargeError(head()));
      finish(null, Buffer.concat(chunks, received));
    }
    function onError(error: Error) {
      finish(error);
    }
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
    payload.resume();
  };
}
