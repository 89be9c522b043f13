/**
 * The status check's effect, defined here on the status feature that any feature may read:
 * 📊 Cek status WKSBM asks it (../status-check/, which handles it), and so does a group's
 * screen in 👥 Kelompok saya for what its desa still lacks.
 */
import { z } from 'zod';
import { defineEffect } from '../../core/engine/effect.js';
import type { AreaStatus } from '../model/status.js';
import type { OverrideNote } from './status-message.js';

/** The status reply's value: the computed status and the officer's override, if any. */
export type CheckedStatus = AreaStatus & { readonly override?: OverrideNote };

/** Refreshes and returns the status of a desa, or of one RW of it. */
export const STATUS_CHECK = defineEffect<CheckedStatus>()(
  'status.check',
  z.object({
    villageCode: z.string().min(1).max(20),
    // Absent (or null, as older steps sent it) for the whole desa.
    rw: z.number().int().min(1).max(999).nullish(),
  }),
);
