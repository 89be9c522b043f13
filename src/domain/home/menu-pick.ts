/**
 * Answers picked from the main menu: a menu button, a number typed at the menu, or a word
 * that opens an entry ("daftar", "petugas"). The entries depend on the person (a leader's
 * entries, the inbox when something waits, the officer panel), so the home flow does not
 * hold them: it asks for the pick as an effect, whose handler reads the live menu, and
 * reacts to the entry found (or to none) when the result comes back.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { MenuEntry } from '../../core/menu.js';
import type { PersonView } from '../../core/ports.js';
import { RELATION_KINDS } from '../model/relations.js';

/**
 * How an entry was picked; the text is kept so a miss can be read as free text. `button`:
 * a menu button, by its entry id; `number`: a number typed ("2"), the entry at that place
 * of the list, counted from 1; `word`: a word that opens an entry by its id.
 */
const menuPickRequestSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('button'), id: z.string() }),
  z.object({ by: z.literal('number'), position: z.number().int(), text: z.string() }),
  // `change`: a change to the person's group said with the words, carried into Kelompok saya;
  // `tie`: the other group and kind of a tie named, carried into 🔗 Hubungan antarkelompok (`stated`: told as a fact).
  z.object({
    by: z.literal('word'),
    id: z.string(),
    text: z.string(),
    change: z.string().max(300).optional(),
    // `own`: found only on the person's own menu, never among everyone's entries ("ada apa?" opens
    // 📥 Konfirmasi only where something waits; for anyone else it is a greeting, home-flow.ts).
    own: z.literal(true).optional(),
    // `state`: one's own group's state asked ("kelompok saya udah diverifikasi belum?"), which Kelompok saya says first.
    state: z.literal(true).optional(),
    // `news`: what is new asked ("ada kabar apa?"): what waits in 📥 Konfirmasi is told first (the result's `waiting`).
    news: z.literal(true).optional(),
    // `between`: both groups of a tie named ("antara Posyandu Melati dan PKK Mawar …").
    tie: z
      .object({
        partner: z.string().max(120).optional(),
        kind: z.enum(RELATION_KINDS).optional(),
        between: z.tuple([z.string().max(120), z.string().max(120)]).readonly().optional(),
        stated: z.literal(true).optional(),
      })
      .optional(),
  }),
]);

/** How an entry was picked (see {@link menuPickRequestSchema}). */
export type MenuPickRequest = z.infer<typeof menuPickRequestSchema>;

/**
 * The pick asked for, and the entry it names in the menu now (null when there is none); for news
 * asked, `waiting`: how many items wait in the person's 📥 Konfirmasi, when any do.
 */
export interface MenuPickResult {
  readonly request: MenuPickRequest;
  readonly entry: MenuEntry | null;
  readonly waiting?: number;
}

/** The person's menu now, and how many items wait in their 📥 Konfirmasi (its entry's count). */
export interface PersonMenu {
  readonly entries: readonly MenuEntry[];
  readonly waiting: number;
}

/** Finds an entry of the person's menu; its result reaches the asking step. */
export const MENU_PICK = defineEffect<MenuPickResult>()('menu.pick', menuPickRequestSchema);

/** The entry a request names among `entries`, or null. */
export function pickedEntry(request: MenuPickRequest, entries: readonly MenuEntry[]): MenuEntry | null {
  const entry = request.by === 'number' ? entries[request.position - 1] : entries.find((item) => item.id === request.id);
  return entry ?? null;
}

/**
 * Handlers of the menu effects over the assistant's menu. `everyone`: entries that open for
 * any person whatever their standing ("daftar", "cek status", and the inbox, whose flow says
 * when nothing waits): picked by id, such an entry is found without reading the person's
 * menu, which costs a statement. A number still needs the menu: the entries before it (the
 * inbox) depend on the person.
 */
export function menuEffects<Tx>(
  menu: (ctx: { readonly tx: Tx; readonly person: PersonView }) => Promise<PersonMenu>,
  everyone: readonly MenuEntry[] = [],
): EffectEntry<Tx>[] {
  return [
    handleEffect(MENU_PICK, async (request, ctx) => {
      // News asked needs what waits, which the person's menu knows: it is read then.
      const news = request.by === 'word' && request.news === true;
      const known = request.by === 'number' || (request.by === 'word' && request.own === true) || news ? undefined : everyone.find((entry) => entry.id === request.id);
      if (known) return { request, entry: known };
      const { entries, waiting } = await menu(ctx);
      return { request, entry: pickedEntry(request, entries), ...(news && waiting > 0 && { waiting }) };
    }),
  ];
}
