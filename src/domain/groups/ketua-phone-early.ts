/**
 * The ketua's number typed before its question ("oh iya nomer hp bu marni 0878…" at the members
 * question, the ketua named earlier: "desa sidoarum, ketuane bu Marni"). It was refused ("Mohon
 * tulis jumlahnya dengan angka") and asked again later. Kept now, read as the phone question
 * reads it (./ketua-at-phone.ts: her name, or her fuller name, with it), said back, and the
 * question asked again; another person's name with a number is left to the step (refused as before).
 */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { keepingTypedEarly } from '../flow-kit.js';
import { readPhone } from './group-answers.js';
import { ketuaAtPhone } from './ketua-at-phone.js';

/** The data a registration step keeps the ketua in. */
interface KetuaKept {
  readonly ketuaName?: string;
  readonly ketuaPhone?: string;
}

/**
 * The ketua (name, and the number) that `typed` gives for `ketuaName`: the number alone or with
 * her name ("0878…", "nomer hp bu marni 0878…"), or with her fuller name; null for anything else.
 */
export function ketuaPhoneTyped(typed: string, ketuaName: string): { readonly name: string; readonly phone: string } | null {
  const read = ketuaAtPhone(typed, ketuaName);
  if (read?.kind === 'other') return null;
  if (read?.kind === 'corrected') return { name: read.name, phone: read.phone };
  const phone = readPhone({ type: 'text', text: typed });
  return phone.ok ? { name: ketuaName, phone: phone.value } : null;
}

/** `step` (a question before the ketua's phone), where the named ketua's number typed instead ({@link ketuaPhoneTyped}) is kept. */
export function keepingKetuaPhoneTyped<D extends KetuaKept>(step: StepDef<D>): StepDef<D> {
  return keepingTypedEarly(step, (typed, data) => {
    const read = data.ketuaName === undefined || data.ketuaPhone !== undefined ? null : ketuaPhoneTyped(typed, data.ketuaName);
    if (read === null) return null;
    return { data: { ...data, ketuaName: read.name, ketuaPhone: read.phone }, said: say(t('groups:register.ketuaKeptWithPhone', { name: read.name, phone: read.phone })) };
  });
}
