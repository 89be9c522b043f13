/**
 * WhatsApp photos through Baileys' own media download: the test encrypts an image the way
 * WhatsApp does (AES-256-CBC with keys derived from the message's media key), serves it on
 * 127.0.0.1, and the channel's download decrypts it; a declared size over the cap is
 * refused without downloading, and an actual size over it stops the download.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getMediaKeys, type WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappMedia } from '../../../src/channels/whatsapp/media.js';
import { MAX_PHOTO_INPUT_BYTES } from '../../../src/core/media.js';
import { preparePhotoBytes } from '../../../src/media/photo-preparer.js';
import { png } from '../../support/test-images.js';
import { waMessage } from './wa-messages.js';

const PN = '6281234567890@s.whatsapp.net';

describe('WhatsApp media download', () => {
  let server: Server;
  const files = new Map<string, Buffer>();
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const file = files.get(request.url ?? '');
      if (!file) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-length': String(file.length) }).end(file);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** Encrypts `plain` as WhatsApp media and returns an image message pointing at `path`. */
  async function encryptedImage(plain: Buffer, path: string, declared = plain.length): Promise<WAMessage> {
    const mediaKey = randomBytes(32);
    const { cipherKey, iv } = await getMediaKeys(mediaKey, 'image');
    const cipher = createCipheriv('aes-256-cbc', cipherKey, iv);
    const encrypted = Buffer.concat([cipher.update(plain), cipher.final(), randomBytes(10) /* the MAC's place */]);
    files.set(path, encrypted);
    return waMessage(PN, { imageMessage: { url: `${base}${path}`, mimetype: 'image/jpeg', mediaKey, fileLength: declared } }, { id: `IMG${path.length}` });
  }

  it('downloads and decrypts a photo, which then passes the photo check', async () => {
    const image = await png(300, 200);
    const message = await encryptedImage(image, '/m/one.enc');
    const fetched = await whatsappMedia(message, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES);
    expect(fetched.kind).toBe('ok');
    if (fetched.kind !== 'ok') return;
    expect(Buffer.from(fetched.bytes).equals(image)).toBe(true);
    expect((await preparePhotoBytes(fetched.bytes)).kind).toBe('ok');
  });

  it('refuses a declared or actual size over the cap, and reports a missing file', async () => {
    const big = await encryptedImage(Buffer.alloc(2000, 7), '/m/big.enc', 10 * 1024 * 1024);
    expect(await whatsappMedia(big, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'too-large' });
    const liar = await encryptedImage(Buffer.alloc(4096, 7), '/m/liar.enc', 100);
    expect(await whatsappMedia(liar, undefined)!.fetch(1000)).toEqual({ kind: 'too-large' });
    const gone = await encryptedImage(Buffer.alloc(64, 1), '/m/x.enc');
    files.delete('/m/x.enc');
    expect(await whatsappMedia(gone, undefined)!.fetch(MAX_PHOTO_INPUT_BYTES)).toEqual({ kind: 'unavailable' });
    expect(whatsappMedia(waMessage(PN, { conversation: 'halo' }), undefined)).toBeUndefined();
  });
});
