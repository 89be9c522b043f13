/**
 * A request typed where a desa is asked: "mau daftar kelompok karang taruna", "saya mau cek
 * status aja", "mau catat kegiatan". Searched as a desa's name it would list far-away
 * look-alikes; the person is answered instead, the flow kept: a request for what is under
 * way is told the desa comes first, any other is offered its menu entry as a button (opened
 * as a side trip: what is filled in so far is kept), and the engine asks the desa again.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { entryButton } from '../../core/menu.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { AsideReading } from './aside-reading.js';
import { namesNoDesa } from './status-desa-named.js';

/** The requests answered so, by the menu entry that serves them. */
const ENTRY_OF = { register: 'register', status: 'status', activity: 'activity' } as const;

/** The menu entries' labels, as the buttons show them. */
const ENTRY_LABEL: Readonly<Record<keyof typeof ENTRY_OF, string>> = {
  register: 'menu.registerGroup',
  status: 'menu.status',
  activity: 'menu.logActivity',
};

/**
 * The answer to a request typed at a step that asks for a place (`eager` asides), or null:
 * other steps, and a status request that names a desa ("cek status panggungharjo": that desa
 * is searched, the chat around it dropped). `flowOf` gives the flow id of a menu entry.
 * `atName`: the step asks for a name ("mau catat kegiatan" typed for a group's new name was
 * kept as the name): another entry's request is answered there too; one for the flow under way
 * is left to the step (its name may be in it).
 */
export function requestAside(
  reading: AsideReading,
  options: AsideOptions,
  flowOf: (entryId: keyof typeof ENTRY_OF) => string,
  atName = false,
): readonly OutboundMessage[] | null {
  if (!options.eager && !atName) return null;
  const request = reading.request();
  if (request === null || !(request.kind in ENTRY_OF)) return null;
  const kind = request.kind as keyof typeof ENTRY_OF;
  if (request.kind === 'status' && request.query !== undefined && !namesNoDesa(request.query)) return null;
  if (options.flows.includes(flowOf(kind))) return atName ? null : [say(t(`home.requestUnderWay.${kind}`))];
  return [say(t(`home.requestElsewhere.${kind}`), [entryButton(ENTRY_OF[kind], t(ENTRY_LABEL[kind]))])];
}
