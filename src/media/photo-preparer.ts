/**
 * The {@link PhotoPreparer} on sharp (libvips): the type is detected from the bytes
 * themselves (JPEG, PNG or WebP signatures, then sharp's own decoder must agree), never
 * from a name or a declared type; the image is decoded with a pixel limit (no
 * decompression bombs), turned upright, resized to fit {@link MAX_PHOTO_SIDE_PX} and
 * re-encoded as JPEG without any metadata. The GPS position is read before it is dropped,
 * so the caller can keep it when the sender chose to share it.
 */
import exifReader from 'exif-reader';
import type Sharp from 'sharp';
import {
  MAX_PHOTO_INPUT_BYTES,
  MAX_PHOTO_SIDE_PX,
  type InboundMedia,
  type PhotoCheck,
  type PhotoPreparer,
  type PreparedPhoto,
} from '../core/media.js';

/** 40 megapixels: beyond any phone camera; larger declared sizes are refused before decoding. */
const MAX_INPUT_PIXELS = 40_000_000;
const JPEG_QUALITY = 82;

/**
 * sharp, loaded by the first photo: its native libvips adds ~25 MB to the resident set, which
 * an app that receives no photo (or none yet) need not carry (README, *Memory*).
 */
let sharpModule: Promise<{ default: typeof Sharp }> | undefined;
const loadSharp = async (): Promise<typeof Sharp> => (await (sharpModule ??= import('sharp'))).default;

/** The image format the leading bytes announce, or null. */
export function sniffImageType(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | null {
  const at = (offset: number, ...values: number[]) => values.every((value, index) => bytes[offset + index] === value);
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  // RIFF....WEBP
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/** Checks and re-encodes bytes already in hand. */
export async function preparePhotoBytes(bytes: Uint8Array): Promise<PhotoCheck> {
  if (bytes.length > MAX_PHOTO_INPUT_BYTES) return { kind: 'rejected', reason: 'too-large' };
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { kind: 'rejected', reason: 'not-image' };
  const sharp = await loadSharp();
  try {
    const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const metadata = await input().metadata();
    if (metadata.format !== sniffed) return { kind: 'rejected', reason: 'not-image' };
    const { data, info } = await input()
      .rotate()
      .resize(MAX_PHOTO_SIDE_PX, MAX_PHOTO_SIDE_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const photo: PreparedPhoto = {
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      mime: 'image/jpeg',
      width: info.width,
      height: info.height,
      gps: metadata.exif ? gpsOf(metadata.exif) : null,
    };
    return { kind: 'ok', photo };
  } catch {
    // A truncated or corrupt file, or one over the pixel limit.
    return { kind: 'rejected', reason: 'unreadable' };
  }
}

/** The position in EXIF GPS tags, or null when absent or implausible. */
export function gpsOf(exif: Buffer): PreparedPhoto['gps'] {
  try {
    const gps = exifReader(exif).GPSInfo;
    const latitude = degrees(gps?.GPSLatitude, gps?.GPSLatitudeRef, 'S');
    const longitude = degrees(gps?.GPSLongitude, gps?.GPSLongitudeRef, 'W');
    if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
    return { latitude, longitude };
  } catch {
    return null;
  }
}

function degrees(parts: unknown, ref: unknown, negative: string): number | null {
  if (!Array.isArray(parts) || parts.length !== 3) return null;
  const [d, m, s]: unknown[] = parts;
  if (!isFiniteNumber(d) || !isFiniteNumber(m) || !isFiniteNumber(s)) return null;
  const value = d + m / 60 + s / 3600;
  return Math.round((ref === negative ? -value : value) * 1e6) / 1e6;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The app's photo preparer. */
export function createPhotoPreparer(): PhotoPreparer {
  return {
    async prepare(media: InboundMedia): Promise<PhotoCheck> {
      let fetched;
      try {
        fetched = await media.fetch(MAX_PHOTO_INPUT_BYTES);
      } catch {
        fetched = { kind: 'unavailable' } as const;
      }
      if (fetched.kind === 'too-large') {
        return { kind: 'rejected', reason: fetched.head && sniffImageType(fetched.head) === null ? 'not-image' : 'too-large' };
      }
      if (fetched.kind === 'unavailable') return { kind: 'rejected', reason: 'unavailable' };
      return preparePhotoBytes(fetched.bytes);
    },
  };
}
