/**
 * /datasaya as messages: who the person is to the bot, the desa of their last status check,
 * their chat accounts (ids partly hidden), groups (and those others registered with their
 * number as the ketua's), activities, the photos they sent,
 * relations, consents, officer role, dashboard tokens in force, actions in the audit log and
 * waiting messages.
 * Split into a few messages by theme so that none grows past a chat screen's limits.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { cappedLinesText } from '../model/capped-list.js';
import { areasText, dateText, dayText, linesText } from '../model/message-parts.js';
import type { ConsentRecord, PersonDataReport, ReportActivity, ReportGroup, ReportRelation } from '../model/privacy.js';
import { activeTokensText } from '../model/sign-in-tokens.js';

/** A channel account id with its middle hidden: "12••••89". */
export function maskExternalId(id: string): string {
  if (id.length <= 4) return '•'.repeat(id.length);
  const keep = id.length >= 10 ? 3 : 2;
  return `${id.slice(0, keep)}${'•'.repeat(Math.min(id.length - 2 * keep, 8))}${id.slice(-keep)}`;
}

/** A name as compared: case, dots and spacing aside ("Bu Hj. Siti" is "bu hj siti"). */
function sameName(a: string, b: string): boolean {
  const plain = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return plain(a) === plain(b);
}

/**
 * What the person is to the group. The leader's membership belongs to whoever registered it
 * in the bot, who may have registered it for its ketua (a secretary does): they are called
 * ketua only when the group's ketua is them (their name or phone), otherwise the one who
 * registered it and runs it in the bot.
 */
function roleText(group: ReportGroup, self: Pick<PersonDataReport, 'displayName' | 'phoneE164'>): Text {
  // A co-leader request that waits or was declined is no role yet.
  if (group.membership === 'pending' && group.role === 'coleader') return t('privacy:data.role.requested');
  if (group.role === 'coleader') return t('privacy:data.role.coleader');
  return t(isSelfKetua(group, self) ? 'privacy:data.role.leader' : 'privacy:data.role.registrant');
}

/** Whether the group's ketua, as registered, is the person: their name or their phone. */
function isSelfKetua(group: ReportGroup, self: Pick<PersonDataReport, 'displayName' | 'phoneE164'>): boolean {
  return (
    (self.displayName !== null && group.ketuaName !== null && sameName(self.displayName, group.ketuaName)) ||
    (self.phoneE164 !== null && group.ketuaPhone !== null && self.phoneE164 === group.ketuaPhone)
  );
}

function groupLine(group: ReportGroup, self: Pick<PersonDataReport, 'displayName' | 'phoneE164'>): Text {
  const status = group.membership !== 'active' ? t(`privacy:data.membership.${group.membership}`) : group.groupActive ? null : t('privacy:data.groupInactive');
  const role = roleText(group, self);
  // No status, no trailing word: "— ketua", not "— ketua ".
  const params = { name: group.name, village: group.villageName, role: status ? t('privacy:data.roleWithStatus', { role, status }) : role };
  if (!group.ketuaName) return t('privacy:data.groupLine', params);
  return t('privacy:data.groupLineKetua', { ...params, ketua: group.ketuaName, phone: group.ketuaPhone ?? '–' });
}

function activityLine(activity: ReportActivity): Text {
  return t('privacy:data.activityLine', {
    date: dateText(activity.date),
    category: t(`activities:category.${activity.category}`),
    group: activity.groupName ?? '–',
  });
}

function relationLine(relation: ReportRelation): Text {
  return t('privacy:data.relationLine', {
    a: relation.groupA,
    b: relation.groupB,
    kind: t(`relations:kind.${relation.kind}`),
    status: t(`privacy:data.relationStatus.${relation.status}`),
  });
}

function consentLine(consent: ConsentRecord): Text {
  const params = { version: consent.noticeVersion, channel: t(`privacy:channel.${consent.channel}`), granted: dayText(consent.grantedAt) };
  return consent.withdrawnAt
    ? t('privacy:data.consentWithdrawn', { ...params, withdrawn: dayText(consent.withdrawnAt) })
    : t('privacy:data.consentActive', params);
}

/** The report as messages, in the person's language when rendered. */
export function reportMessages(report: PersonDataReport): OutboundMessage[] {
  const none = t('privacy:data.none');
  const profile = say([
    t('privacy:data.heading'),
    t('privacy:data.profile', {
      // Said plainly: the bot holds no name (or number) for them, which is not "none" of a list.
      name: report.displayName ?? t('privacy:data.noName'),
      phone: report.phoneE164 ?? t('privacy:data.noPhone'),
      language: t(`language.name.${report.locale}`),
      since: dayText(report.createdAt),
    }),
    // Said only when kept: a status check needs no consent, so this is often all there is.
    ...(report.lastVillage ? [t('privacy:data.lastVillage', { village: areasText([report.lastVillage]) })] : []),
    t('privacy:data.accounts', {
      list:
        report.identities.length > 0
          ? cappedLinesText(report.identities.map((identity) => t('privacy:data.accountLine', { channel: t(`privacy:channel.${identity.channel}`), id: maskExternalId(identity.externalId), since: dayText(identity.createdAt) })))
          : none,
    }),
  ]);

  // A group registered for its ketua shows the ketua's name and number: they are the group's, not the person's.
  const forSomeoneElse = report.groups.some((group) => group.ketuaName !== null && group.role === 'leader' && !isSelfKetua(group, report));
  const groups = say([
    t('privacy:data.groups', { list: report.groups.length > 0 ? cappedLinesText(report.groups.map((group) => groupLine(group, report))) : none }),
    ...(forSomeoneElse ? [t('privacy:data.ketuaNotYou')] : []),
    ...(report.ketuaOf.length > 0
      ? [t('privacy:data.ketuaOf', { list: cappedLinesText(report.ketuaOf.map((group) => t('privacy:data.ketuaOfLine', { name: group.name, village: group.villageName }))) })]
      : []),
    t('privacy:data.activities', {
      count: report.activityCount,
      list: report.latestActivities.length > 0 ? linesText(report.latestActivities.map(activityLine)) : verbatim('–'),
    }),
    ...(report.photos.count > 0 ? [t('privacy:data.photos', { count: report.photos.count, withLocation: report.photos.withLocation })] : []),
    t('privacy:data.relations', { count: report.relationCount, list: report.relations.length > 0 ? cappedLinesText(report.relations.map(relationLine), report.relationCount) : verbatim('–') }),
    t('privacy:data.confirmed', { activities: report.confirmed.activities, relations: report.confirmed.relations }),
  ]);

  const rest: Text[] = [t('privacy:data.consents', { list: report.consents.length > 0 ? cappedLinesText(report.consents.map(consentLine)) : none })];
  if (report.officer) {
    rest.push(
      t('privacy:data.officer', {
        kind: t(`officers:kind.${report.officer.kind}`),
        status: t(report.officer.active ? 'privacy:data.officerActive' : 'privacy:data.officerInactive'),
        areas: report.officer.areas.length > 0 ? areasText(report.officer.areas) : none,
      }),
    );
  }
  // Said only when there is one: most people never sign in to the dashboard.
  if (report.tokens.length > 0) {
    rest.push(activeTokensText(report.tokens));
  }
  rest.push(t('privacy:data.auditActions', { count: report.auditActions }));
  rest.push(t('privacy:data.pending', { count: report.pendingMessages }));
  return [profile, groups, say(rest)];
}
