/**
 * The status reply: area and level, each criterion with ✅/❌ and its numbers, a note when
 * the result is provisional, and the next steps as bullets. Kept short for a phone screen;
 * every text comes from `locales/<lang>/status.json`.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import type { WksbmLevel } from '../model/status.js';
import type { AreaStatus } from './status.js';

/** An officer's override of an area's level, shown beside the computed level. */
export interface OverrideNote {
  readonly level: WksbmLevel;
  readonly reason: string;
  /** The officer who set it, by their own name; absent or null when not known (and in results kept from before). */
  readonly officerName?: string | null;
}

/** The names that identify an area; a regions `VillageInfo` fits as it is. */
export interface StatusAreaName {
  /** Desa/kelurahan name. */
  readonly name: string;
  readonly districtName: string;
  readonly regencyName: string;
}

/**
 * The message showing `status` of the desa (or of RW `rw` in it). With an officer's
 * `override`, the level shown is the officer's, with the reason and the computed level beside it.
 */
export function statusMessage(status: AreaStatus & { readonly override?: OverrideNote | undefined }, village: StatusAreaName, rw?: number): OutboundMessage {
  const area = areaText(village, rw);
  const override = status.override;
  // Named, residents know whom to ask about it; the named line is a key of its own.
  const level = override
    ? override.officerName
      ? t('officers:override.statusLineNamed', { level: levelName(override.level), name: override.officerName, reason: override.reason, computed: levelName(status.level) })
      : t('officers:override.statusLine', { level: levelName(override.level), reason: override.reason, computed: levelName(status.level) })
    : levelName(status.level);
  const head: Text[] = [t('status:header', { area, level })];
  if (status.pendingDrop) {
    const drop = status.pendingDrop;
    head.push(t('status:dropWarning', { level: levelName(drop.level), date: calendarDateText(drop.on) }));
    head.push(...drop.fix.map((step) => t('status:bullet', { text: step })));
  }
  // Records not verified yet are a quiet fact: said in words, never a level of their own.
  if (status.provisional) {
    const count = status.unverifiedRecords ?? 0;
    head.push(count > 0 ? t('status:provisionalCount', { count }) : t('status:provisional'));
  }
  const body: Text[] = [lines(head), criteriaLines(status)];
  const steps = stepsLines(status);
  if (steps) body.push(steps);
  const waiting = status.waiting ?? [];
  if (waiting.length > 0) {
    body.push(
      lines(
        waiting.map((item) =>
          t('status:bullet', {
            text:
              item.kind === 'activity'
                ? t('status:waiting.activity', { group: item.awaiting, date: calendarDateText(item.date) })
                : t('status:waiting.relation', { group: item.awaiting, from: item.from }),
          }),
        ),
      ),
    );
  }
  return say(body);
}

/**
 * Only what the desa (or RW `rw`) still lacks, under its name and level: the reply to "apa yg
 * kurang" right after its status, which the whole status again only buried (every criterion
 * repeated). At Aktif, what keeps it so; with nothing left, said so.
 */
export function missingMessage(status: AreaStatus, village: StatusAreaName, rw?: number): OutboundMessage {
  return say([t('status:missingHeader', { area: areaText(village, rw), level: levelName(status.level) }), stepsLines(status) ?? t('status:nothingMissing')]);
}

/** "Panggungharjo, Kec. Sewon, Kabupaten Bantul", or "RW 3 …" of it. */
function areaText(village: StatusAreaName, rw: number | undefined): Text {
  const names = { village: village.name, district: village.districtName, regency: village.regencyName };
  return rw === undefined ? t('status:area.village', names) : t('status:area.rw', { ...names, rw });
}

/** The status's next steps under their title (what is missing, or what keeps it Aktif), or null when there are none. */
function stepsLines(status: AreaStatus): Text | null {
  if (status.nextSteps.length === 0) return null;
  const title = status.level === 'aktif' ? t('status:keepTitle') : status.level === 'dorman' ? t('status:stepsTitle') : t('status:gapsTitle');
  return lines([title, ...status.nextSteps.map((step) => t('status:bullet', { text: step }))]);
}

/** "28 November 2026" for a YYYY-MM-DD calendar date, in the reader's language. */
export function calendarDateText(iso: string): Text {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return t('verbatim', { text: iso });
  return t('officers:date', { day: Number(match[3]), month: t(`officers:month.m${Number(match[2])}`), year: match[1]! });
}

/** The name of a level, e.g. "🌱 Rintisan". */
export function levelName(level: AreaStatus['level']): Text {
  return t(`status:level.${level}`);
}

/**
 * The numbers of each criterion in words ("3 kelompok aktif (perlu 3), 2 jenis (perlu 2)"),
 * without mark or name: the chat reply puts them after the criterion's name, the admin API
 * and the dashboard show them as they are, so every place reads the same words.
 */
export function criterionNumbers(criteria: AreaStatus['criteria']): Readonly<Record<'c1' | 'c2' | 'c3', Text>> {
  const { c1, c2, c3 } = criteria;
  return {
    c1: t('status:numbers.c1', { groups: c1.activeGroups, requiredGroups: c1.requiredGroups, types: c1.types, requiredTypes: c1.requiredTypes }),
    c2: socialNetworkNumbers(c1.activeGroups, c2),
    c3: t('status:numbers.c3', {
      joint: c3.jointActivities,
      requiredJoint: c3.requiredJointActivities,
      pmks: c3.pmksJointActivities,
      requiredPmks: c3.requiredPmksJointActivities,
    }),
  };
}

/** A tie joins two groups: with fewer active groups in the desa, none can be linked. */
const GROUPS_IN_A_TIE = 2;

/**
 * The numbers of Jaringan Sosial. With fewer than two active groups nothing can be linked, said
 * plainly (was "0 dari 0 kelompok sudah terhubung"); with groups that are all still new, none
 * is counted in the share yet (the line under it says why), not "0 of 0".
 */
function socialNetworkNumbers(activeGroups: number, c2: AreaStatus['criteria']['c2']): Text {
  if (activeGroups < GROUPS_IN_A_TIE) return t('status:numbers.c2TooFew', { count: GROUPS_IN_A_TIE });
  const relations = { relations: c2.relations, requiredRelations: c2.requiredRelations, requiredLinked: c2.requiredLinkedPercent };
  if (c2.activeGroups === 0) return t('status:numbers.c2NoneCounted', relations);
  return t('status:numbers.c2', { ...relations, linked: c2.linkedGroups, counted: c2.activeGroups });
}

function criteriaLines(status: AreaStatus): Text {
  const { c1, c2, c3 } = status.criteria;
  const mark = (met: boolean): Text => (met ? t('status:mark.met') : t('status:mark.unmet'));
  const numbers = criterionNumbers(status.criteria);
  // How long ago the last joint activity was matters only where Dorman is near or reached.
  const showLast = (status.level === 'aktif' || status.level === 'dorman') && c3.daysSinceLastJointActivity !== null;
  // With too few groups to link, the line says so; that a new one is not counted yet adds nothing.
  const newUnlinked = c1.activeGroups < GROUPS_IN_A_TIE ? 0 : (c2.newUnlinkedGroups ?? 0);
  return lines([
    t('status:criterion.c1', { mark: mark(c1.met), numbers: numbers.c1 }),
    t('status:criterion.c2', { mark: mark(c2.met), numbers: numbers.c2 }),
    ...(newUnlinked > 0 ? [t('status:criterion.c2New', { count: newUnlinked })] : []),
    showLast
      ? c3.daysSinceLastJointActivity === 0
        ? t('status:criterion.c3LastToday', { mark: mark(c3.met), numbers: numbers.c3 })
        : t('status:criterion.c3WithLast', { mark: mark(c3.met), numbers: numbers.c3, days: c3.daysSinceLastJointActivity ?? 0 })
      : t('status:criterion.c3', { mark: mark(c3.met), numbers: numbers.c3 }),
  ]);
}

/** Texts on consecutive lines (a message body's parts are separated by blank lines). */
function lines(texts: readonly Text[]): Text {
  const [first, ...rest] = texts;
  if (!first) throw new Error('status-message: no lines');
  return rest.length === 0 ? first : t('status:lines', { first, rest: lines(rest) });
}
