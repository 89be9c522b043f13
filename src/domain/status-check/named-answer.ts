/**
 * A name asked about as registered ("is sidomulyo registered?", "sidomulyo udah masuk wksbm
 * belum") that is a group's: the group's registration status, or, when a desa is called so
 * too, the choice of which is meant. The menu looks both up (home/place-named.ts).
 */
import { commandButton } from '../../core/engine/commands.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { GroupView, VerificationState } from '../model/groups.js';
import { villageKind } from '../regions/village-text.js';

/** What the answer shows of a group of the name asked: nothing of its people. */
export interface NamedGroup {
  readonly name: string;
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtName: string;
  readonly verification: VerificationState;
}

/** The button of the choice that shows the groups of the name (kept by the menu meanwhile). */
export const NAMED_GROUP_BUTTON = 'named:group';

/** The groups as the answer (and the menu's data, while the choice is open) keeps them. */
export function namedGroups(groups: readonly GroupView[]): NamedGroup[] {
  return groups.map(({ name, villageCode, villageName, districtName, verification }) => ({ name, villageCode, villageName, districtName, verification }));
}

/**
 * "Kelompok “Sidomulyo” (Desa Panggungharjo, Kec. Sewon) sudah terdaftar di bot ini dan
 * menunggu verifikasi petugas.", one line per group of that name; rejected ones are never
 * listed (the repository leaves them out), so a group shown is registered.
 */
export function namedGroupsMessage(groups: readonly NamedGroup[]): OutboundMessage {
  const lines = groups.map((group) =>
    t(group.verification === 'verified' ? 'statusCheck.named.groupVerified' : 'statusCheck.named.groupPending', {
      name: group.name,
      kind: villageKind(group.villageCode),
      village: group.villageName,
      district: group.districtName,
    }),
  );
  return say([...lines, t('statusCheck.named.groupAfter')], [commandButton('menu')]);
}

/** "“Sidomulyo” is a desa's name and a registered group's: which one?", `statusButton` checking the desa. */
export function desaOrGroupMessage(name: string, statusButton: string): OutboundMessage {
  return say(t('statusCheck.named.both', { name }), [
    { id: statusButton, label: t('statusCheck.named.bothDesa', { name }) },
    { id: NAMED_GROUP_BUTTON, label: t('statusCheck.named.bothGroup', { name }) },
  ]);
}
