/**
 * The officer panel's own buttons (📋 Menunggu verifikasi, 🔕 Notifikasi, 🌙 Jam tenang…), and
 * what each still means once the panel that showed it has closed. An officer scrolls back and
 * taps one in an old message: it is not stale (it names no record, only a screen of their own
 * panel, or quiet hours off), so it opens the panel at that screen rather than "Tombol itu
 * sudah tidak berlaku". The panel re-reads everything it shows, and its effects check that the
 * person is still an officer, so an old button can do no more than a new one.
 */
import { OFFICER_ALERT_KINDS } from '../model/alert-kinds.js';
import type { PanelWish } from './panel-words.js';

/** The panel flow's id (here so that the home menu and the engine's fallback can open it without importing the flow). */
export const OFFICER_PANEL_FLOW_ID = 'officer.panel';

/** The buttons of the panel's home, by the screen they open. */
export const PANEL_BUTTON = {
  pending: 'officer:pending',
  recap: 'officer:recap',
  mutes: 'officer:mutes',
  quiet: 'officer:quiet',
  override: 'officer:override',
  dashboard: 'officer:dashboard',
  name: 'officer:name',
} as const;

/** The mute screen's "Selesai" and the quiet-hours question's "matikan" buttons. */
export const MUTES_DONE_BUTTON = 'mute:done';
export const QUIET_OFF_BUTTON = 'quiet:off';

/** A mute screen's button switching `kind` (its label says which way, as the profile stood when shown). */
export function muteButtonId(kind: string): string {
  return `mute:${kind}`;
}

/**
 * What a panel button asks for, as the same words would (./panel-words.ts), or null for a
 * button that is no panel's. A mute screen's kind opens that screen afresh rather than
 * switching: its label said "on" or "off" as things stood then, and a switch read from an
 * old message could do the opposite of what it said.
 */
export function panelWishOfButton(id: string): PanelWish | null {
  switch (id) {
    case PANEL_BUTTON.pending:
      return { kind: 'pending' };
    case PANEL_BUTTON.recap:
      return { kind: 'recap' };
    case PANEL_BUTTON.mutes:
      return { kind: 'mutes' };
    case PANEL_BUTTON.quiet:
      return { kind: 'quietOpen' };
    case PANEL_BUTTON.override:
      return { kind: 'override', query: null, level: null };
    case PANEL_BUTTON.dashboard:
      return { kind: 'dashboard' };
    case PANEL_BUTTON.name:
      return { kind: 'name' };
    case QUIET_OFF_BUTTON:
      return { kind: 'quietOff' };
    default:
      return OFFICER_ALERT_KINDS.some((kind) => id === muteButtonId(kind)) ? { kind: 'mutes' } : null;
  }
}

/** Whether `id` is one of the panel's buttons (its mute screen's "Selesai" too, which opens the panel's home). */
export function isPanelButton(id: string): boolean {
  return id === MUTES_DONE_BUTTON || panelWishOfButton(id) !== null;
}

/** The start input of the panel opened by one of its buttons pressed after it closed. */
export interface PanelButtonInput {
  readonly button: string;
}

/** The panel opened at what its button `id` asks for, or null when `id` is no panel button. */
export function panelButtonStart(id: string): { readonly flow: string; readonly input: PanelButtonInput } | null {
  return isPanelButton(id) ? { flow: OFFICER_PANEL_FLOW_ID, input: { button: id } } : null;
}
