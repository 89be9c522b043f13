/**
 * Photos people send, channel-neutral. A channel hands the runner a way to fetch the bytes
 * of a photo (Telegram file download, WhatsApp media download, a web chat upload); the
 * runner has them checked and re-encoded by a {@link PhotoPreparer} before the message's
 * transaction (no network or image work while rows are locked), and an effect stores the
 * result only when the current step wants a photo.
 */

/** Photos larger than this are refused before they are read whole. */
export const MAX_PHOTO_INPUT_BYTES = 5 * 1024 * 1024;
/** The longest side of a stored photo, in pixels. */
export const MAX_PHOTO_SIDE_PX = 1600;
/** Photos one activity may carry. */
export const MAX_PHOTOS_PER_ACTIVITY = 3;

/** What fetching a photo's bytes from its channel gave. */
export type MediaFetch =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array }
  /**
   * Larger than the limit asked for (known from the channel's declared size or while reading),
   * with the file's first bytes when they were read: a file too large that is no image at all
   * is refused as no photo, not as a photo too large.
   */
  | { readonly kind: 'too-large'; readonly head?: Uint8Array }
  /** The channel could not give the file (expired, network fault). */
  | { readonly kind: 'unavailable' };

/** A channel's handle on the file of one inbound message. */
export interface InboundMedia {
  /** Reads the file, stopping (with `too-large`) once it is over `maxBytes`. */
  fetch(maxBytes: number): Promise<MediaFetch>;
}

/** Why a photo was refused. */
export type PhotoRejection = 'not-image' | 'too-large' | 'unreadable' | 'unavailable';

/** A photo after checking and re-encoding: safe to store and to show. */
export interface PreparedPhoto {
  readonly bytes: Uint8Array;
  readonly mime: 'image/jpeg';
  readonly width: number;
  readonly height: number;
  /** Where it was taken, read from its metadata before that was stripped; kept only on request. */
  readonly gps: { readonly latitude: number; readonly longitude: number } | null;
}

/** The result of checking a photo. */
export type PhotoCheck =
  | { readonly kind: 'ok'; readonly photo: PreparedPhoto }
  | { readonly kind: 'rejected'; readonly reason: PhotoRejection };

/** Checks and re-encodes photos (an image library lives behind this). */
export interface PhotoPreparer {
  /** Fetches (at most {@link MAX_PHOTO_INPUT_BYTES}) and checks one photo. Never throws. */
  prepare(media: InboundMedia): Promise<PhotoCheck>;
}

/** A stored photo's bytes, as channels read them to send with an alert. */
export interface PhotoFileView {
  readonly bytes: Uint8Array;
  readonly mime: string;
}

/**
 * How a stored photo is answered over HTTP (the admin API, the web chat page): its own type,
 * never cached by shared caches, never sniffed as something else, shown inline.
 */
export function photoHttpAnswer(photo: PhotoFileView): { readonly type: string; readonly headers: Readonly<Record<string, string>>; readonly body: Buffer } {
  return {
    type: photo.mime,
    headers: { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff', 'content-disposition': 'inline' },
    body: Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength),
  };
}

/** Reads stored photos outside any conversation (the outbox sends them with alerts). */
export interface PhotoFiles {
  /** The photo, or null when it is gone (erased, purged). */
  read(photoId: string): Promise<PhotoFileView | null>;
}
