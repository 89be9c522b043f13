/**
 * The photo check and re-encoding on sharp: the type comes from the bytes, only JPEG, PNG
 * and WebP pass, at most 5 MB, re-encoded as JPEG no larger than 1600 px on its longest
 * side, without metadata; the GPS position is read (to keep on request) before it is dropped.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_INPUT_BYTES } from '../../src/core/media.js';
import { createPhotoPreparer, preparePhotoBytes, sniffImageType } from '../../src/media/photo-preparer.js';
import { gif, jpegWithGps, NOT_AN_IMAGE, PDF, png, webp } from '../support/test-images.js';

describe('photo preparer', () => {
  it('re-encodes a large JPEG to 1600 px without any metadata, reading its GPS first', async () => {
    const input = await jpegWithGps(3000, 2000);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const checked = await preparePhotoBytes(input);
    expect(checked.kind).toBe('ok');
    if (checked.kind !== 'ok') return;
    expect(checked.photo).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1067 });
    expect(checked.photo.gps).toEqual({ latitude: -7.8, longitude: expect.closeTo(110.366667, 5) });
    const stored = await sharp(Buffer.from(checked.photo.bytes)).metadata();
    expect(stored.format).toBe('jpeg');
    expect(stored.exif).toBeUndefined();
    expect(stored.icc).toBeUndefined();
    expect(Buffer.from(checked.photo.bytes).includes('Serial-123456')).toBe(false);
  });

  it('accepts PNG and WebP (detected from content), turning them into JPEG within 1600 px', async () => {
    const fromPng = await preparePhotoBytes(await png());
    expect(fromPng).toMatchObject({ kind: 'ok', photo: { mime: 'image/jpeg', width: 800, height: 600, gps: null } });
    const fromWebp = await preparePhotoBytes(await webp(500, 2400));
    expect(fromWebp).toMatchObject({ kind: 'ok', photo: { width: 333, height: 1600 } });
  });

  it('refuses what is not a JPEG, PNG or WebP, whatever it claims', async () => {
    expect(await preparePhotoBytes(NOT_AN_IMAGE)).toEqual({ kind: 'rejected', reason: 'not-image' });
    expect(await preparePhotoBytes(PDF)).toEqual({ kind: 'rejected', reason: 'not-image' });
    expect(await preparePhotoBytes(await gif())).toEqual({ kind: 'rejected', reason: 'not-image' });
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    // A JPEG signature in front of garbage is unreadable, not an image that crashes the bot.
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), NOT_AN_IMAGE]);
    expect(await preparePhotoBytes(truncated)).toEqual({ kind: 'rejected', reason: 'unreadable' });
  });

  it('refuses more than 5 MB, and reports what the channel could not fetch', async () => {
    const preparer = createPhotoPreparer();
    expect(await preparer.prepare({ fetch: async () => ({ kind: 'too-large' }) })).toEqual({ kind: 'rejected', reason: 'too-large' });
    expect(await preparer.prepare({ fetch: async () => ({ kind: 'unavailable' }) })).toEqual({ kind: 'rejected', reason: 'unavailable' });
    expect(await preparer.prepare({ fetch: async () => Promise.reject(new Error('network')) })).toEqual({ kind: 'rejected', reason: 'unavailable' });
    const big = Buffer.alloc(MAX_PHOTO_INPUT_BYTES + 1, 0xff);
    expect(await preparePhotoBytes(big)).toEqual({ kind: 'rejected', reason: 'too-large' });
    let asked = 0;
    await preparer.prepare({ fetch: async (max) => ((asked = max), { kind: 'ok', bytes: await png(10, 10) }) });
    expect(asked).toBe(MAX_PHOTO_INPUT_BYTES);
  });
});
