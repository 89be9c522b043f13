/**
 * Simulated users walking whole flows. Each flow is a small policy that reads the bot's
 * latest replies — which buttons are offered, and what the question asks — and answers
 * accordingly, rather than a fixed script: a step added later (a consent notice, a new
 * question with buttons) is pressed through or fails loudly with the question it did not
 * understand, instead of silently desynchronising.
 */
import type { ChatClient, Reply, UserInput } from './chat-clients.js';

/** A group a simulated user registers. */
export interface BenchGroup {
  readonly name: string;
  readonly type: string;
  readonly villageName: string;
  /** Typed with the name, so that the desa meant is found among its namesakes. */
  readonly districtName: string;
  readonly villageCode: string;
  readonly rw: number;
}

/** The latency of every exchange, and errors. */
export class Recorder {
  readonly latencies: number[] = [];
  errors = 0;
  readonly errorSamples: string[] = [];

  fail(error: unknown): void {
    this.errors += 1;
    if (this.errorSamples.length < 5) this.errorSamples.push(String(error).slice(0, 400));
  }
}

/** A user of one channel with the replies of their latest exchange. */
export class SimulatedUser {
  last: readonly Reply[] = [];

  constructor(
    readonly chat: ChatClient,
    private readonly recorder: Recorder,
  ) {}

  async send(input: UserInput): Promise<readonly Reply[]> {
    const exchange = await this.chat.send(input);
    this.recorder.latencies.push(exchange.ms);
    this.last = exchange.replies;
    return this.last;
  }

  /** Button ids of the latest replies. */
  get buttons(): string[] {
    return this.last.flatMap((reply) => reply.buttons.map((button) => button.id));
  }

  /** The latest replies' texts, joined. */
  get text(): string {
    return this.last.map((reply) => reply.text).join('\n');
  }

  /** The first button whose id starts with `prefix` (and whose label contains `label`). */
  button(prefix: string, label?: string): string | undefined {
    for (const reply of this.last) {
      for (const button of reply.buttons) {
        if (button.id.startsWith(prefix) && (label === undefined || button.label.includes(label))) return button.id;
      }
    }
    return undefined;
  }
}

/** A rule: an answer to the current question, or undefined when it does not apply. */
type Rule = (user: SimulatedUser) => UserInput | undefined;

/** Consent notices and other "please agree" steps: pressed through wherever they appear. */
const CONSENT = /consent|agree|setuju|privacy|privasi|persetujuan/i;
const consentRule: Rule = (user) => {
  for (const reply of user.last) {
    const button = reply.buttons.find((candidate) => CONSENT.test(candidate.id) && !/decline|tolak|no$/i.test(candidate.id));
    if (button) return { button: button.id };
  }
  return undefined;
};

/** Answers questions until `done` holds; fails after `maxSteps` or on a question no rule answers. */
async function walk(user: SimulatedUser, opening: UserInput, rules: readonly Rule[], done: (user: SimulatedUser) => boolean, flow: string, maxSteps = 30): Promise<void> {
  await user.send(opening);
  for (let step = 0; step < maxSteps; step++) {
    if (done(user)) return;
    const input = [consentRule, ...rules].map((rule) => rule(user)).find((candidate) => candidate !== undefined);
    if (input === undefined) throw new Error(`${flow}: no answer for ${JSON.stringify(user.last).slice(0, 300)}`);
    await user.send(input);
  }
  throw new Error(`${flow}: not finished after ${maxSteps} steps; last ${JSON.stringify(user.last).slice(0, 300)}`);
}

const asks = (user: SimulatedUser, pattern: RegExp) => pattern.test(user.last[user.last.length - 1]?.text ?? '');

/** Registers `group` through the whole registration flow, leader and phone included. */
export async function registerGroup(user: SimulatedUser, group: BenchGroup, index: number): Promise<void> {
  let saved = false;
  const rules: Rule[] = [
    (u) => (u.button('type:') ? { button: `type:${group.type}` } : undefined),
    (u) => {
      const id = u.button(`village:${group.villageCode}`);
      return id ? { button: id } : undefined;
    },
    // One exact desa is confirmed with "✅ Ya" (issue #11).
    (u) => (u.buttons.includes('village-exact:yes') && u.text.includes(group.villageName) && u.text.includes(group.districtName) ? { button: 'village-exact:yes' } : undefined),
    (u) => {
      if (!u.buttons.includes('save')) return undefined;
      saved = true;
      return { button: 'save' };
    },
    (u) => (asks(u, /nama kelompok/i) ? { text: group.name } : undefined),
    (u) => (asks(u, /desa\/kelurahan mana/i) ? { text: `${group.villageName} ${group.districtName}` } : undefined),
    (u) => (asks(u, /RT\/RW/) ? { text: `RT ${(index % 9) + 1} RW ${group.rw}` } : undefined),
    (u) => (asks(u, /jumlah anggota/i) ? { text: String(12 + (index % 30)) } : undefined),
    (u) => (asks(u, /tahun berapa/i) ? { text: String(2000 + (index % 25)) } : undefined),
    (u) => (asks(u, /bertemu/i) && u.buttons.includes('skip') ? { button: 'skip' } : undefined),
    // Since issue #11 the ketua's name and phone come in one answer; "nama ketua" was the older prompt.
    (u) => (asks(u, /ketua kelompok ini/i) ? { text: `Ketua ${index} 0812${String(10_000_000 + index).slice(-8)}` } : undefined),
    (u) => (asks(u, /nama ketua/i) ? { text: `Ketua ${index}` } : undefined),
    (u) => (asks(u, /nomor HP/i) ? { text: `0812${String(10_000_000 + index).slice(-8)}` } : undefined),
  ];
  await walk(user, { text: 'daftar' }, rules, (u) => saved && u.buttons.some((id) => id === 'menu:activity'), 'registration');
}

/** Logs a joint activity of the user's group with `partner`, with PMKS beneficiaries. */
export async function logJointActivity(user: SimulatedUser, partner: BenchGroup, index: number): Promise<void> {
  let saved = false;
  let picked = false;
  let beneficiaries = false;
  const rules: Rule[] = [
    (u) => (u.button('date:') ? { button: u.buttons.includes('date:yesterday') ? 'date:yesterday' : u.button('date:')! } : undefined),
    (u) => (u.button('category:') ? { button: index % 2 === 0 ? 'category:santunan_anak_yatim' : 'category:kerja_bakti' } : undefined),
    (u) => {
      if (!u.button('partner:') && !u.buttons.includes('partners:done')) return undefined;
      if (picked) return { button: 'partners:done' };
      const id = u.button('partner:', partner.name);
      if (!id) throw new Error(`activity: partner ${partner.name} not offered`);
      picked = true;
      return { button: id };
    },
    (u) => {
      if (!u.buttons.includes('pmks:done')) return undefined;
      if (beneficiaries) return { button: 'pmks:done' };
      beneficiaries = true;
      return { text: `${(index % 20) + 1} ${5 + (index % 40)}` };
    },
    (u) => {
      if (!u.buttons.includes('save')) return undefined;
      saved = true;
      return { button: 'save' };
    },
    (u) => (asks(u, /foto/i) && u.buttons.includes('skip') ? { button: 'skip' } : undefined),
    (u) => (asks(u, /ceritakan/i) ? { text: `Kegiatan bersama ke-${index} di balai desa` } : undefined),
  ];
  await walk(user, { text: 'catat kegiatan' }, rules, (u) => saved && u.buttons.some((id) => id.startsWith('menu:')), 'activity');
}

/** Opens the confirmation inbox and accepts everything in it. */
export async function confirmInbox(user: SimulatedUser): Promise<number> {
  let accepted = 0;
  const rules: Rule[] = [
    (u) => (u.buttons.includes('menu:inbox') ? { button: 'menu:inbox' } : undefined),
    // A notice from the outbox ("X asks you to confirm") with its deep-link button.
    (u) => {
      const id = u.button('go:c');
      return id ? { button: id } : undefined;
    },
    (u) => {
      if (!u.buttons.includes('accept')) return undefined;
      accepted += 1;
      return { button: 'accept' };
    },
  ];
  await walk(user, { text: 'menu' }, rules, (u) => accepted > 0 && !u.buttons.includes('accept'), 'inbox');
  return accepted;
}

/** Checks the WKSBM status of the group's desa (whole desa). */
export async function checkStatus(user: SimulatedUser, group: BenchGroup): Promise<void> {
  let shown = false;
  const rules: Rule[] = [
    (u) => {
      const id = u.button(`village:${group.villageCode}`);
      return id ? { button: id } : undefined;
    },
    (u) => (u.buttons.includes('village-exact:yes') && u.text.includes(group.villageName) && u.text.includes(group.districtName) ? { button: 'village-exact:yes' } : undefined),
    (u) => {
      if (!u.buttons.includes('rw:whole')) return undefined;
      shown = true;
      return { button: 'rw:whole' };
    },
    (u) => (asks(u, /desa|kelurahan/i) && !u.button('village:') ? { text: `${group.villageName} ${group.districtName}` } : undefined),
  ];
  await walk(user, { text: 'cek status' }, rules, () => shown, 'status');
}
