/**
 * WhatsApp's media server, for tests: serves files encrypted the way WhatsApp encrypts media
 * (AES-256-CBC with keys derived from the message's media key) on 127.0.0.1, so Baileys' own
 * download and decryption run unchanged. A path can be made to answer a status instead
 * (410 or 404: an expired media URL).
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getMediaKeys, type WAMessage } from '@whiskeysockets/baileys';
import { waMessage } from './wa-messages.js';

/** A running media server. */
export interface MediaServer {
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** Encrypted files by path. */
  readonly files: Map<string, Buffer>;
  /** Paths answered with this status instead of their file. */
  readonly expired: Map<string, number>;
  /** Encrypts `plain` at `path` and returns an image message from `jid` pointing at it. */
  encryptedImage(jid: string, plain: Buffer, path: string, options?: { declared?: number; id?: string }): Promise<WAMessage>;
  close(): Promise<void>;
}

/** Starts a media server on a free port. */
export async function startMediaServer(): Promise<MediaServer> {
  const files = new Map<string, Buffer>();
  const expired = new Map<string, number>();
  const server = createServer((request, response) => {
    const status = expired.get(request.url ?? '');
    if (status !== undefined) return void response.writeHead(status).end();
    const file = files.get(request.url ?? '');
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-length': String(file.length) }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    files,
    expired,
    async encryptedImage(jid, plain, path, options = {}) {
      const mediaKey = randomBytes(32);
      const { cipherKey, iv } = await getMediaKeys(mediaKey, 'image');
      const cipher = createCipheriv('aes-256-cbc', cipherKey, iv);
      files.set(path, Buffer.concat([cipher.update(plain), cipher.final(), randomBytes(10) /* the MAC's place */]));
      return waMessage(
        jid,
        { imageMessage: { url: `${base}${path}`, mimetype: 'image/jpeg', mediaKey, fileLength: options.declared ?? plain.length } },
        { id: options.id ?? `IMG${path.length}` },
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
