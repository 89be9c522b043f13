/**
 * "Berapa desa di Bantul yang sudah WKSBM?", "desa mana saja yang sudah WKSBM di Kec.
 * Godean?", "berapa desa di kecamatan kami yang sudah WKSBM": how many desa of a kecamatan,
 * kabupaten/kota or provinsi stand at each level, with the desa that have started named.
 * Asked without a place, an officer is answered for their own area and anyone else is asked
 * for one (the effect says which); a name several areas share is chosen by button.
 */
import { commandButton } from '../../core/engine/commands.js';
import { z } from 'zod';
import { entryButton } from '../../core/menu.js';
import { say } from '../../core/messages.js';
import { deepLinkButtonId, defineFlow, type StepOutcome } from '../../core/engine/flow.js';
import { t, type Text } from '../../core/text.js';
import { tokenize } from '../faq/normalize.js';
import type { FaqTopicId } from '../faq/topics.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { areaAsked } from '../understanding/area-count-words.js';
import { AREA_COUNTS_FLOW_ID, type AreaCounts, type NamedArea } from '../model/area-counts.js';
import { OFFICER_PANEL_DEEP_LINK } from '../model/deep-links.js';
import { linesText, sentencesText } from '../model/message-parts.js';
import type { WksbmLevel } from '../model/status.js';
import { provinceText, regencyText } from '../regions/village-text.js';
import type { NearVillage } from '../status/nearest.js';
import { AREA_COUNTS, AREA_KINDS, type AreaCountsResult, type AreaKind } from './area-counts-effects.js';

export { AREA_COUNTS_FLOW_ID };

/** What the question already said: a place as typed, or "… kami" (the person's own area). */
export interface AreaCountsInput {
  readonly query?: string;
  readonly mine?: boolean;
  /** "kabupaten kami": the kind of own area meant; a kecamatan when not said. */
  readonly of?: AreaKind;
}

const startInputSchema: z.ZodType<AreaCountsInput> = z.object({ query: z.string().optional(), mine: z.boolean().optional(), of: z.enum(AREA_KINDS).optional() });

/** The argument of the deep link for the person's own area ("~", "~regency"); a place's words are joined by "_". */
const MINE_ARG = '~';

/** The deep-link argument for `asked`: the place's words joined by "_", "~" (and the kind) for the person's own; null when too long for a button. */
export function areaCountsLinkArg(asked: AreaCountsInput): string | null {
  const arg = asked.mine ? `${MINE_ARG}${asked.of ?? ''}` : (asked.query ?? '').trim().split(/\s+/).join('_');
  return arg.length <= 30 ? arg : null;
}

/** The start input of a deep link's argument (see {@link areaCountsLinkArg}). */
function fromLinkArg(arg: string): AreaCountsInput {
  if (!arg.startsWith(MINE_ARG)) return arg === '' ? {} : { query: arg.split('_').join(' ') };
  const of = AREA_KINDS.find((kind) => kind === arg.slice(MINE_ARG.length));
  return { mine: true, ...(of && { of }) };
}

interface AreaCountsData {
  /** The place typed last, for the reply that found nothing or several. */
  readonly query?: string;
}

const AREA_BUTTON = 'area:';

/** Levels as the counts list them: the furthest first, Belum Ada last. */
const LEVEL_ORDER: readonly WksbmLevel[] = ['aktif', 'tumbuh', 'rintisan', 'dorman', 'belum_ada'];

/** "Kec. Godean, Kab. Sleman", "Kab. Bantul (DI Yogyakarta)", "Provinsi Jawa Tengah". */
export function areaText(area: NamedArea): Text {
  if (area.kind === 'province') return t('status:areaCounts.province', { name: provinceText(area.name) });
  if (area.kind === 'regency') return t('status:areaCounts.regency', { regency: regencyText(area.name), province: provinceText(area.within[0] ?? '') });
  return t('status:areaCounts.district', { name: area.name, regency: regencyText(area.within[0] ?? '') });
}

/**
 * "• Panggungharjo (Kec. Sewon): ⚪→🌱 Butuh 2 kelompok aktif lagi, sedikitnya 1 dari jenis lain."; without
 * the kecamatan in a kecamatan's own recap (`inDistrict`), whose header names it once.
 */
function nearLine(village: NearVillage, inDistrict: boolean): Text {
  return t(inDistrict ? 'status:areaCounts.nearLineHere' : 'status:areaCounts.nearLine', {
    name: village.name,
    district: village.districtName,
    from: t(`status:levelMark.${village.level}`),
    to: t(`status:levelMark.${village.next}`),
    missing: sentencesText(village.missing),
  });
}

/** The counts of one area as one message's paragraphs. */
function countsText(counts: AreaCounts & { readonly pending?: number; readonly nearest?: readonly NearVillage[]; readonly nearestPerRegency?: true }): Text[] {
  const lines = LEVEL_ORDER.filter((level) => counts.levels[level] > 0 || level === 'aktif').map((level) =>
    t('status:areaCounts.levelLine', { level: t(`status:level.${level}`), count: counts.levels[level] }),
  );
  const header = t('status:areaCounts.header', { area: areaText(counts.area), count: counts.villages });
  const started = counts.villages - counts.levels.belum_ada;
  const paragraphs: Text[] = [linesText([header, ...lines])];
  // A kecamatan's recap names it in its header: each desa's line said it again ("(Kec. Godean)" on every line).
  const inDistrict = counts.area.kind === 'district';
  if (counts.listed.length > 0) {
    const named = counts.listed.map((village) =>
      t(inDistrict ? 'status:areaCounts.villageLineHere' : 'status:areaCounts.villageLine', {
        name: village.name,
        district: village.districtName,
        level: t(`status:level.${village.level}`),
      }),
    );
    const more = started - counts.listed.length;
    paragraphs.push(linesText([t('status:areaCounts.listTitle'), ...named, ...(more > 0 ? [t('status:areaCounts.more', { count: more })] : [])]));
  } else if (counts.villages > 0) {
    paragraphs.push(t('status:areaCounts.noneStarted'));
  }
  if (counts.nearest && counts.nearest.length > 0) paragraphs.push(linesText([t('status:areaCounts.nearTitle'), ...counts.nearest.map((village) => nearLine(village, inDistrict))]));
  if (counts.nearestPerRegency) paragraphs.push(t('status:areaCounts.nearPerRegency'));
  if (counts.pending !== undefined) paragraphs.push(t(counts.pending > 0 ? 'status:areaCounts.pending' : 'status:areaCounts.nonePending', { count: counts.pending }));
  return paragraphs;
}

/**
 * The answer: each area's counts (said first in which kecamatan a desa typed lies), then what
 * to do next; an officer gets their 🛡️ Menu petugas there (where 📊 Rekap wilayah is) in
 * place of registering a group.
 */
function answered({ counts, village, officer }: Extract<AreaCountsResult, { kind: 'counts' }>): StepOutcome<AreaCountsData> {
  return {
    type: 'done',
    say: [
      ...(village ? [say(t('status:areaCounts.villageIn', { name: village.name, district: village.districtName }))] : []),
      ...counts.map((one) => say(countsText(one))),
      say(t('status:areaCounts.after'), [
        entryButton('status', t('menu.status')),
        ...(officer ? [{ id: deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, ''), label: t('officers:button.openPanel') }] : [entryButton('register', t('menu.registerGroup'))]),
        commandButton('menu'),
      ]),
    ],
  };
}

/** What a result leads to. */
function onResult(result: AreaCountsResult, data: AreaCountsData): StepOutcome<AreaCountsData> {
  switch (result.kind) {
    case 'counts':
      return answered(result);
    case 'choose':
      return {
        type: 'stay',
        say: [
          say(
            result.mine ? t('status:areaCounts.chooseMine') : t('status:areaCounts.choose', { query: data.query ?? '' }),
            result.areas.map((area) => ({ id: `${AREA_BUTTON}${area.code}`, label: areaText(area) })),
          ),
        ],
      };
    case 'none':
      return {
        type: 'stay',
        // A desa's name typed here ("sidomulyo") is the status check's to answer: one tap away.
        say: [say(data.query ? t('status:areaCounts.notFound', { query: data.query }) : t('status:areaCounts.mineUnknown'), data.query ? [entryButton('status', t('menu.status'))] : [])],
      };
    case 'ask':
      // No area named by someone who is no officer: the question, as it was asked before any count.
      return { type: 'stay', reprompt: true };
  }
}

/** The FAQ topic of a count of desa: what the flow's place question is about (StepDef.answersTopic). */
export const AREA_COUNTS_TOPIC: FaqTopicId = 'area_counts';

/** The flow. */
export const areaCountsFlow = defineFlow<AreaCountsData>({
  id: AREA_COUNTS_FLOW_ID,
  version: 1,
  title: t('status:areaCounts.title'),
  start: (input) => {
    // A deep link's `{ deepLinkArg }` (a count asked aside in another flow), or what the menu read.
    const link = z.object({ deepLinkArg: z.string() }).safeParse(input);
    const parsed = startInputSchema.safeParse(input);
    const asked = link.success ? fromLinkArg(link.data.deepLinkArg) : parsed.success ? parsed.data : {};
    const query = asked.query?.trim().slice(0, 100);
    if (query) return { step: 'where', data: { query }, effects: [AREA_COUNTS.request({ query })] };
    if (asked.mine) return { step: 'where', data: {}, effects: [AREA_COUNTS.request({ mine: true, ...(asked.of && { of: asked.of }) })] };
    // No area named: an officer's own, else the area is asked (the effect says which).
    return { step: 'where', data: {}, effects: [AREA_COUNTS.request({ unnamed: true })] };
  },
  steps: {
    where: {
      prompt: () => say(t('status:areaCounts.ask')),
      expects: t('status:areaCounts.expects'),
      example: t('status:areaCounts.example'),
      // A place's name is asked: "apa itu wksbm" typed here is answered, not searched for.
      asides: 'eager',
      // A count of desa asked again ("berapa desa wksbm di jawa tengah?") is this question's
      // answer, its place read below: neither the FAQ's word on counts nor a button to them.
      answersTopic: AREA_COUNTS_TOPIC,
      on(input, { data }) {
        const result = AREA_COUNTS.result(input);
        if (result) return onResult(result, data);
        const button = buttonOf(input);
        if (button?.startsWith(AREA_BUTTON)) {
          const code = button.slice(AREA_BUTTON.length);
          if (!/^\d{2}(?:\.\d{2}){0,2}$/.test(code)) return { type: 'invalid' };
          return { type: 'stay', data, effects: [AREA_COUNTS.request({ code })] };
        }
        const text = textOf(input)?.trim().slice(0, 100);
        if (!text) return { type: 'invalid' };
        // The question asked again in full ("jumlah desa wksbm di jawa tengah"): its place.
        const asked = areaAsked(tokenize(text));
        if (asked.mine) return { type: 'stay', data: {}, effects: [AREA_COUNTS.request({ mine: true, ...(asked.of && { of: asked.of }) })] };
        const query = asked.query ?? text;
        return { type: 'stay', data: { query }, effects: [AREA_COUNTS.request({ query })] };
      },
    },
  },
});
