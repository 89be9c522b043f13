/**
 * What activity photos need from storage. A photo is stored as a draft of its sender while
 * the activity is being logged, and attached to the activity when it is saved. Photos are
 * channel-neutral: whichever channel brought them, they are the same rows.
 */
import type { PreparedPhoto } from '../../core/media.js';

/** A stored photo without its bytes. */
export interface PhotoInfo {
  readonly id: string;
  readonly activityId: string | null;
  readonly senderId: string;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  readonly byteSize: number;
  /** Kept only when the sender chose to share where the photo was taken. */
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  readonly createdAt: Date;
}

/** A stored photo with its bytes. */
export interface PhotoFile extends PhotoInfo {
  readonly bytes: Uint8Array;
}

/** Storage of activity photos. */
export interface PhotoStore {
  /** Stores a draft photo of `senderId`; the GPS position is dropped unless `keepLocation`. */
  addDraft(senderId: string, photo: PreparedPhoto, keepLocation: boolean, now: Date): Promise<{ readonly id: string }>;
  /**
   * Attaches the sender's own drafts among `photoIds` to an activity (at most `max`);
   * returns how many were attached. Ids of others' photos or of attached ones are ignored.
   */
  attach(activityId: string, senderId: string, photoIds: readonly string[], max: number): Promise<number>;
  /** Photos of an activity, oldest first, without bytes. */
  listForActivity(activityId: string): Promise<PhotoInfo[]>;
  /** One photo with its bytes, or null. */
  read(photoId: string): Promise<PhotoFile | null>;
}
