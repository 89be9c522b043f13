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

/** What attaching photos to an activity gave. */
export interface PhotosAttached {
  /** How many of the photos given were attached. */
  readonly attached: number;
  /** How many photos the activity has now (those attached before included). */
  readonly count: number;
}

/** Storage of activity photos. */
export interface PhotoStore {
  /** Stores a draft photo of `senderId`; the GPS position is dropped unless `keepLocation`. */
  addDraft(senderId: string, photo: PreparedPhoto, keepLocation: boolean, now: Date): Promise<{ readonly id: string }>;
  /**
   * Holds the activity's photo places until the transaction ends: another message's
   * {@link holdPlaces} or {@link attach} for it waits. Taken before the places are counted (a
   * photo's room checked), so two photos sent at once cannot both count the last place free.
   */
  holdPlaces(activityId: string): Promise<void>;
  /**
   * Attaches the sender's own drafts among `photoIds` to an activity (at most `max` photos
   * in all), holding its places ({@link holdPlaces}); returns how many were attached and how
   * many photos the activity has now. Ids of others' photos or of attached ones are ignored.
   */
  attach(activityId: string, senderId: string, photoIds: readonly string[], max: number): Promise<PhotosAttached>;
  /** Photos of an activity, oldest first, without bytes. */
  listForActivity(activityId: string): Promise<PhotoInfo[]>;
  /** One photo with its bytes, or null. */
  read(photoId: string): Promise<PhotoFile | null>;
}
