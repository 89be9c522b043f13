/**
 * Crash-restart: the real app (`node --import tsx src/main.ts`, Telegram in webhook mode,
 * talking to a fake Bot API in this process) takes ~1,000 updates from officers and group
 * leaders while it is killed with SIGKILL at seeded random moments (once while it is still
 * starting) and started again on the same data. Updates are delivered as Telegram does:
 * anything not answered 200 is sent again, and some answered updates are sent twice.
 *
 * Afterwards, read straight from the database:
 * - every update was processed exactly once (its id is recorded; each leader has exactly
 *   one group and one activity with the expected fields; every conversation is back at
 *   the menu; each leader's updates stored as many reply messages as the pilot's did
 *   without kills: a step processed twice stores its second answer, a re-ask, and the
 *   invalid-answer count alone does not show it, as it is reset by the next valid step);
 * - every alert to an officer (new groups, activities) was delivered at least once, and
 *   the duplicates are no more than the sends that can be in flight at the kills.
 *
 * Runs on the embedded PostgreSQL (no DATABASE_URL, a DATA_DIR in a temp folder: the default
 * deployment; the kills leave its postmaster orphaned, and each restart must deal with it)
 * and on a PostgreSQL server (a fresh database on the run's PostgreSQL, via DATABASE_URL). `CRASH_SEED=<n>` replays a run's choices (kill points, re-sends).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inviteCommand } from '../../src/domain/officers/invite-command.js';
import { parseEngineState } from '../../src/core/engine/state.js';
import { loadLocaleResources } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { messagesOf } from '../../src/storage/outbox/payload.js';
import { TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from '../channels/telegram/telegram-test-bot.js';
import { createPostgresTestDatabase } from '../support/databases.js';
import { FakeTelegram, type FakeUser } from '../support/fake-telegram.js';
import { AppProcess, sleep } from './support/app-process.js';
import {
  activityPlan,
  leader,
  registrationPlan,
  runAdaptively,
  UpdateFactory,
  VILLAGES,
  withInterjections,
  type Interjections,
  type Leader,
  type ReplyCount,
} from './support/scenario.js';
import { StoredReplies } from './support/stored-replies.js';
import { seededRandom, seedFrom } from './support/seeded-random.js';
import { WebhookSender } from './support/webhook-sender.js';
import { LEADER_QUIET_HOURS, quietUntil } from '../../src/core/outbox/quiet-hours.js';

/** Officers' surnames, one per desa of the run. */
const OFFICER_SURNAMES = ['Sugiarto', 'Wibowo', 'Santoso', 'Hidayat', 'Rahayu', 'Lestari', 'Pratama', 'Saputra', 'Kurniawan', 'Setiawan', 'Nugroho', 'Utami'];
const SEED = seedFrom('CRASH_SEED', 20_261_130);
/**
 * Leaders who register and log an activity while the app is being killed: about 21 updates
 * each, 860 in all, enough for every planned kill (at most 6 × 110 accepted updates) to land
 * while all the chats are busy. More updates between kills prove nothing more (what each
 * kill catches is what the 16 chats have in flight) and cost the suite's longest file time.
 */
const LEADERS = 40;
/** Accepted updates between a start and the next kill: a seeded number in this range. */
const KILL_AFTER = { min: 40, max: 110 } as const;
/** Updates the run must have sent, at least (the kills land among them; the setup sends 191). */
const MIN_UPDATES = 1_000;
/** Updates in flight at once (Telegram's default max_connections is 40). */
const CONCURRENT_CHATS = 16;
/** Kills per run (one of them while the app is starting); each restart costs seconds. */
const KILLS: Record<Setup, number> = { embedded: 5, server: 6 };
/** The dispatcher sends to at most this many recipients at once (its default concurrency). */
const SENDS_IN_FLIGHT_PER_KILL = 8;
/**
 * Reply batches of one chat that can be sent but not yet recorded as sent when the app is
 * killed: the one being sent and the one whose record is being written.
 */
const REPLY_BATCHES_IN_FLIGHT_PER_CHAT = 2;
/** The dispatcher claims this many alerts at once (its default batch). */
const CLAIM_BATCH = 50;
/**
 * Limits for waits on a condition, sized for a busy 2-core machine (load average 20 and
 * more): a wait ends as soon as its condition holds, so a quiet machine never pays them.
 */
const WAIT = {
  /** One start of the app after a kill (opening the database, migrating, the webhook). */
  restart: 300_000,
  /** An update's webhook call being accepted while the app restarts. */
  accept: 600_000,
  /** Every group and activity announced to its officer once the run is over. */
  alerts: 300_000,
  /** Every stored reply having reached its chat once the run is over. */
  replies: 300_000,
  /** The fake Bot API receiving nothing more for this long counts as drained. */
  quiet: 5_000,
} as const;

/** Where the app's PostgreSQL runs: its own embedded cluster (the default), or a server. */
type Setup = 'embedded' | 'server';

// Both setups at once: each run spends much of its time waiting for restarts.
describe.concurrent('crash-restart through the Telegram webhook', () => {
  for (const kind of ['embedded', 'server'] as const) {
    it(`[${kind}] processes every update exactly once and delivers every alert across SIGKILLs`, async () => {
      const cleanups: Array<() => Promise<unknown>> = [];
      try {
        await crashRun(kind, cleanups);
      } finally {
        for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      }
    }, 2_400_000); // both setups at once on a loaded machine: see WAIT
  }
});

/** One run on one engine; `cleanups` are run by the caller whatever happens. */
async function crashRun(kind: Setup, cleanups: Array<() => Promise<unknown>>): Promise<void> {
  const seed = SEED + (kind === 'server' ? 1 : 0);
  const random = seededRandom(seed);
  console.info(`crash-restart [${kind}]: seed ${seed} (replay with CRASH_SEED=${SEED})`);

  const fake = await FakeTelegram.start();
  cleanups.push(() => fake.close());
  const temp = mkdtempSync(join(tmpdir(), 'wksbm-crash-'));
  cleanups.push(async () => rmSync(temp, { recursive: true, force: true }));
  let databaseEnv: Record<string, string>;
  if (kind === 'server') {
    // Empty, like a new deployment's: the first kill can land while the app migrates it.
    const server = await createPostgresTestDatabase({ contents: 'empty' });
    cleanups.push(() => server.drop());
    databaseEnv = { DATABASE_URL: server.url };
  } else {
    chmodSync(temp, 0o711); // as root, the cluster's OS user must pass through (see embedded/cluster.ts)
    databaseEnv = { DATA_DIR: join(temp, 'data') };
  }
  const app = await AppProcess.create(
    {
      ...databaseEnv,
      LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_MODE: 'webhook',
      PUBLIC_URL: 'https://bot.example.org',
      TELEGRAM_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      TELEGRAM_API_ROOT: fake.apiRoot,
      // Alerts a killed instance claimed are taken over once its claim lapses: 40 s instead
      // of the default 5 min, so the run does not sit out the default (sends here take ms).
      OUTBOX_LEASE: '40s',
      OUTBOX_SEND_TIMEOUT: '20s',
    },
    join(temp, 'app.log'),
  );
  cleanups.push(() => app.dispose());
  const sender = new WebhookSender({ url: () => app.url, secret: TEST_WEBHOOK_SECRET, random, giveUpAfterMs: WAIT.accept });
  const factory = new UpdateFactory(TEST_BOT_TOKEN, 1_000_000);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  // The first start loads the full region list; nothing is killed until it is up.
  app.spawn();
  // The embedded setup's first start also runs initdb: minutes on a loaded machine.
  await app.waitReady(300_000);
  await fake.waitFor(() => fake.callsOf('setWebhook').length > 0, 30_000, 'setWebhook');

  // Setup without kills: one officer per desa, enrolled by invite code through the chat.
  // Each step waits for the whole reply the app stored for the one before (read here; the
  // embedded cluster is the running app's).
  const storedReplies = new StoredReplies(TEST_BOT_TOKEN);
  const setupDatabase = await openDatabase({ databaseUrl: databaseEnv.DATABASE_URL, dataDir: databaseEnv.DATA_DIR ?? 'unused', role: 'command' });
  const replyCount: ReplyCount = (update, chat) => storedReplies.count(setupDatabase, update.update_id, chat);
  const officers = VILLAGES.map((village, index) => ({ user: { id: 8_100_000 + index, firstName: `Petugas${index}` } as FakeUser, village }));
  const anchors = VILLAGES.map((village, index) => leader('a', index, village, false));
  const pilot = leader('p', 0, VILLAGES[0]!, true);
  let pilotRegistration: Interjections;
  let pilotActivity: Interjections;
  try {
    const codes = await Promise.all(officers.map(({ village }) => createInvite(setupDatabase, village.code)));
    await Promise.all(
      officers.map(async ({ user }, index) => {
        // Enrolled, an officer without a name on record is asked it.
        // A person's name ("Petugas Nomor 3" is a sentence about one: the name question asks again).
        const steps = [{ text: '/start' }, { text: codes[index]! }, { text: `Tono ${OFFICER_SURNAMES[index % OFFICER_SURNAMES.length]}` }];
        await runAdaptively(sender, fake, factory, user, steps, replyCount);
      }),
    );
    // One anchor group per desa, then a pilot who registers and logs an activity: the
    // steps it needed (a consent notice, say) are the steps every leader will send.
    [pilotRegistration] = await Promise.all([
      runAdaptively(sender, fake, factory, pilot.user, registrationPlan(pilot), replyCount),
      ...anchors.map((anchor) => runAdaptively(sender, fake, factory, anchor.user, registrationPlan(anchor), replyCount)),
    ]);
    pilotActivity = await runAdaptively(sender, fake, factory, pilot.user, activityPlan(pilot), replyCount);
  } finally {
    await setupDatabase.close();
  }
  // What a leader sees when nothing goes wrong (the measure for lost and doubled replies).
  const repliesPerLeader = fake.sentTo(pilot.user.id).length;
  const offset = registrationPlan(pilot).length;
  const interjections = new Map([...pilotRegistration, ...[...pilotActivity].map(([index, ids]) => [index + offset, ids] as const)]);
  const setupUpdates = factory.ids.length;
  console.info(`crash-restart [${kind}]: setup done after ${elapsed()} (${setupUpdates} updates, interjections ${JSON.stringify([...interjections])})`);

  // The run: leaders in parallel chats, each chat's updates in order, while a killer
  // SIGKILLs the app after a seeded number of accepted updates and restarts it.
  const leaders = Array.from({ length: LEADERS }, (_, n) => leader('u', n, VILLAGES[n % VILLAGES.length]!, true));
  const stepsOf = (who: Leader) => withInterjections([...registrationPlan(who), ...activityPlan(who)], interjections);
  let acceptedSinceStart = 0;
  sender.onAccepted(() => acceptedSinceStart++);
  let running = true;
  let kills = 0;
  const startupKillAt = random.int(1, KILLS[kind] - 1);
  const killer = (async () => {
    while (running && kills < KILLS[kind]) {
      const threshold = random.int(KILL_AFTER.min, KILL_AFTER.max);
      const pause = random.int(0, 150);
      while (running && acceptedSinceStart < threshold) await sleep(10);
      if (!running) return;
      await sleep(pause);
      await app.kill();
      kills++;
      acceptedSinceStart = 0;
      app.spawn();
      if (kills === startupKillAt) {
        // A crash while starting: opening the database, migrating, setting the webhook.
        await sleep(random.int(300, 3_000));
        await app.kill();
        kills++;
        app.spawn();
      }
      await app.waitReady(WAIT.restart);
    }
  })();
  const queue = [...leaders];
  const worker = async () => {
    for (let who = queue.shift(); who; who = queue.shift()) {
      for (const step of stepsOf(who)) await sender.deliver(factory.update(who.user, step));
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENT_CHATS }, worker));
  } finally {
    running = false;
    await killer;
  }
  console.info(
    `crash-restart [${kind}]: ${factory.ids.length} updates after ${elapsed()}, ${kills} kills, ` +
      `${sender.stats.retried} re-deliveries of unanswered updates, ${sender.stats.resentAfterAccept} of answered ones`,
  );
  expect(kills, 'the run was long enough for every planned kill').toBe(KILLS[kind]);
  expect(factory.ids.length).toBeGreaterThanOrEqual(MIN_UPDATES);

  // Let the outbox drain: every group and activity is announced to its desa's officer.
  await app.waitReady(WAIT.restart);
  const everyone = [...anchors, pilot, ...leaders];
  const officerOf = new Map(officers.map((officer) => [officer.village.code, officer.user.id]));
  // A whole line, so that "Kelompok Uji U1" is not found in "Kelompok Uji U17 (PKK)".
  const announced = (text: string, village: string) =>
    fake.sentTo(officerOf.get(village)!).some((message) => message.text.split('\n').some((line) => line === text || line.startsWith(`${text} (`)));
  const expectedAlerts = everyone.flatMap((who) => [who.groupName, ...(who.activity ? [who.activity] : [])].map((text) => ({ text, village: who.village.code })));
  await fake
    .waitFor(() => expectedAlerts.every(({ text, village }) => announced(text, village)), WAIT.alerts, 'every alert')
    .catch(() => undefined); // reported precisely below
  // A killed instance's unsent replies wait for its claim to lapse on a database server
  // other instances could share (30 s); on the embedded one the restart sends them, which
  // takes a while on a loaded machine. Wait until none is missing (the check below says
  // which are, if the limit passes). The embedded cluster is shared with the running app.
  // Each leader's update ids in the order sent (the order their replies must arrive in).
  const leaderChats = () => leaders.map((who) => ({ chat: who.user.id, updates: factory.idsOf(who.user.id) }));
  const pilotChat = { chat: pilot.user.id, updates: factory.idsOf(pilot.user.id) };
  const live = await openDatabase({ databaseUrl: databaseEnv.DATABASE_URL, dataDir: databaseEnv.DATA_DIR ?? 'unused', role: 'command' });
  try {
    const deadline = Date.now() + WAIT.replies;
    while (Date.now() < deadline && (await replyReport(live, fake, leaderChats(), pilotChat, kills)).lost > 0) await sleep(2_000);
  } finally {
    await live.close();
  }
  // Then until nothing more arrives (late duplicates count against the limit below).
  for (let count = -1; count !== fake.sent.length; ) {
    count = fake.sent.length;
    await sleep(WAIT.quiet);
  }
  const exit = await app.stop();
  // Claims still held when the last instance stopped are a killed process's, whatever their
  // lease says by the time the checks read them (the next start takes them back); so are
  // those whose lease ended within the quiet wait before it: the dispatcher polls each
  // second, and one taken back then would have been sent and restarted the wait.
  const stoppedAt = new Date(Date.now() - WAIT.quiet);
  expect(exit, `graceful stop; log tail:\n${app.logTail()}`).toEqual({ code: 0, signal: null });
  console.info(`crash-restart [${kind}]: drained and stopped after ${elapsed()}`);

  // The app is stopped: on the embedded setup this starts its cluster again, for the checks.
  const database = await openDatabase({ databaseUrl: databaseEnv.DATABASE_URL, dataDir: databaseEnv.DATA_DIR ?? 'unused', role: 'command' });
  try {
    const problems = [
      ...(await updateProblems(database, factory.ids)),
      ...(await leaderProblems(database, everyone)),
      ...(await conversationProblems(database, officers.length + everyone.length)),
      ...(await officerProblems(database, officers.map(({ user, village }) => ({ id: user.id, village: village.code })))),
    ];
    const alerts = await alertReport(database, fake, kind, stoppedAt);
    console.info(`crash-restart [${kind}]: ${alerts.summary}`);
    problems.push(...alerts.problems);
    const missing = expectedAlerts.filter(({ text, village }) => !announced(text, village));
    // Only an alert still claimed by a killed process may be missing (PostgreSQL: until its lease ends).
    if (missing.length > alerts.orphaned) problems.push(`${missing.length} groups/activities never announced, e.g. ${JSON.stringify(missing.slice(0, 3))}`);
    if (alerts.duplicates > SENDS_IN_FLIGHT_PER_KILL * kills) {
      problems.push(`${alerts.duplicates} duplicate alert sends for ${kills} kills (at most ${SENDS_IN_FLIGHT_PER_KILL} per kill can be in flight)`);
    }
    if (alerts.orphaned > CLAIM_BATCH * kills) problems.push(`${alerts.orphaned} alerts left claimed, more than ${CLAIM_BATCH} per kill`);
    // Replies are plain text: nothing a user typed can turn into markup.
    const formatted = fake.sent.filter((message) => message.parseMode !== undefined);
    if (formatted.length > 0) problems.push(`${formatted.length} messages sent with a parse_mode`);
    // Every processed update's replies reach the leader, in order; extras only from sends in flight at a kill.
    const replies = await replyReport(database, fake, leaderChats(), pilotChat, kills);
    console.info(`crash-restart [${kind}]: replies: ${replies.summary} (${repliesPerLeader} messages per leader without kills)`);
    problems.push(...replies.problems);
    // Zero lost replies (issue 19): stated on its own so the failure names it.
    expect(replies.lost, replies.summary).toBe(0);
    expect(problems, `seed ${seed}; app log tail:\n${app.logTail(15)}`).toEqual([]);
  } finally {
    await database.close();
  }
}

/** An officer invite for one desa, made the way `npm run invite` makes it (embedded: on the cluster the running app started, as the CLI does). */
async function createInvite(database: Database, village: string): Promise<string> {
  const request = { kind: 'tksk', areas: [village], expiresInMs: 86_400_000 };
  const response = await inviteCommand(createAppTransactionRunner(database.prisma), () => new Date())(request);
  if (!response.ok) throw new Error(`invite refused: ${JSON.stringify(response)}`);
  return response.result.code;
}

/** Every update id sent is recorded as processed, and nothing else is. */
async function updateProblems(database: Database, ids: readonly number[]): Promise<string[]> {
  const rows = await database.prisma.processedMessage.findMany({ where: { channel: 'telegram' }, select: { messageId: true } });
  const processed = new Set(rows.map((row) => row.messageId));
  const sent = new Set(ids.map((id) => `tg:${id}`));
  const lost = [...sent].filter((id) => !processed.has(id));
  const extra = [...processed].filter((id) => !sent.has(id));
  return [
    ...(lost.length > 0 ? [`${lost.length} updates never processed, e.g. ${lost.slice(0, 5).join(', ')}`] : []),
    ...(extra.length > 0 ? [`${extra.length} processed ids that were never sent, e.g. ${extra.slice(0, 5).join(', ')}`] : []),
  ];
}

/** Each leader has exactly one group (and one activity when planned), as answered. */
async function leaderProblems(database: Database, everyone: readonly Leader[]): Promise<string[]> {
  const problems: string[] = [];
  const groups = await database.prisma.group.findMany({
    select: {
      name: true,
      type: true,
      villageCode: true,
      memberCount: true,
      meetingSchedule: true,
      leaders: { select: { person: { select: { identities: { select: { externalId: true } } } } } },
    },
  });
  const activities = await database.prisma.activity.findMany({
    select: { description: true, villageCode: true, category: true, reporter: { select: { identities: { select: { externalId: true } } } } },
  });
  if (groups.length !== everyone.length) problems.push(`${groups.length} groups instead of ${everyone.length}`);
  const planned = everyone.filter((who) => who.activity !== undefined);
  if (activities.length !== planned.length) problems.push(`${activities.length} activities instead of ${planned.length}`);
  for (const who of everyone) {
    const mine = groups.filter((group) => group.name === who.groupName);
    const chat = String(who.user.id);
    if (mine.length !== 1) {
      problems.push(`${who.groupName}: ${mine.length} groups`);
      continue;
    }
    const group = mine[0]!;
    const leaders = group.leaders.flatMap((entry) => entry.person.identities.map((identity) => identity.externalId));
    const expected = { type: who.groupType, villageCode: who.village.code, memberCount: 30, meetingSchedule: 'Malam Minggu pertama', leaders: [chat] };
    const actual = { type: group.type, villageCode: group.villageCode, memberCount: group.memberCount, meetingSchedule: group.meetingSchedule, leaders };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${who.groupName}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    if (who.activity === undefined) continue;
    const logged = activities.filter((activity) => activity.description === who.activity);
    if (logged.length !== 1) {
      problems.push(`${who.activity}: ${logged.length} activities`);
      continue;
    }
    const activity = logged[0]!;
    const reporter = activity.reporter?.identities.map((identity) => identity.externalId) ?? [];
    if (activity.villageCode !== who.village.code || activity.category !== 'santunan_anak_yatim' || !reporter.includes(chat)) {
      problems.push(`${who.activity}: ${JSON.stringify(activity)}`);
    }
  }
  return problems;
}

/** One identity per chat, and every conversation back at the menu without invalid answers. */
async function conversationProblems(database: Database, people: number): Promise<string[]> {
  const problems: string[] = [];
  const identities = await database.prisma.channelIdentity.findMany({
    where: { channel: 'telegram' },
    select: { externalId: true, conversation: { select: { state: true } } },
  });
  if (identities.length !== people) problems.push(`${identities.length} Telegram identities instead of ${people}`);
  for (const identity of identities) {
    const state = parseEngineState(identity.conversation?.state);
    if (!state) {
      problems.push(`chat ${identity.externalId}: conversation ${identity.conversation ? 'unreadable' : 'missing'}`);
      continue;
    }
    const where = state.stack.map((frame) => `${frame.flow}/${frame.step}`).join(' > ');
    if (state.stack.length !== 1 || (state.paused ?? []).length > 0 || state.invalid !== 0) {
      problems.push(`chat ${identity.externalId}: ended at ${where} with ${state.invalid} invalid answers, ${(state.paused ?? []).length} paused flows`);
    }
  }
  return problems;
}

/** The officers exist once each, with their desa. */
async function officerProblems(database: Database, expected: ReadonlyArray<{ id: number; village: string }>): Promise<string[]> {
  const officers = await database.prisma.officer.findMany({
    select: { areas: { select: { codePrefix: true } }, person: { select: { identities: { select: { externalId: true } } } } },
  });
  const actual = officers
    .map((officer) => `${officer.person.identities.map((identity) => identity.externalId).join('+')}:${officer.areas.map((area) => area.codePrefix).join('+')}`)
    .sort();
  const wanted = expected.map(({ id, village }) => `${id}:${village}`).sort();
  return JSON.stringify(actual) === JSON.stringify(wanted) ? [] : [`officers ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`];
}

/** What the fake Bot API received for each alert row. */
interface AlertReport {
  readonly problems: string[];
  /** Sends beyond one per alert. */
  readonly duplicates: number;
  /** Alerts still claimed by a killed process (their lease has not ended yet). */
  readonly orphaned: number;
  readonly summary: string;
}

/**
 * The alerts' outcome. `stoppedAt`: when the app stopped, less the quiet wait before it; a
 * claim whose lease ran past it was left by a killed process and is taken back by the next start.
 */
async function alertReport(database: Database, fake: FakeTelegram, kind: Setup, stoppedAt: Date): Promise<AlertReport> {
  const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
  const alerts = await database.prisma.alert.findMany({
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      claimedUntil: true,
      lastError: true,
      payload: true,
      person: { select: { locale: true, identities: { select: { channel: true, externalId: true } } } },
    },
  });
  const problems: string[] = [];
  // Alerts with the same text to the same chat share their sends.
  const byText = new Map<string, { alerts: number; chat: string; text: string }>();
  let orphaned = 0;
  const now = new Date();
  for (const alert of alerts) {
    const chat = alert.person.identities.find((identity) => identity.channel === 'telegram')?.externalId;
    const messages = messagesOf(alert.payload);
    if (!chat || !messages) {
      problems.push(`alert ${alert.id} (${alert.kind}) has no Telegram recipient or an unreadable payload`);
      continue;
    }
    if (alert.status === 'sending' && alert.claimedUntil && alert.claimedUntil > stoppedAt) {
      // Claimed by a process that was killed: taken again when the lease ends (minutes).
      orphaned++;
      // One app per embedded cluster: it gives a killed run's claims back at start.
      if (kind === 'embedded') {
        problems.push(`alert ${alert.id} (${alert.kind}) still claimed by a killed process until ${alert.claimedUntil.toISOString()}`);
      }
      continue;
    }
    // Leaders' notices wait out the night (21:00–06:00 WIB) by rule: held, not lost.
    if (alert.status === 'pending' && alert.kind.startsWith('leader.') && quietUntil(LEADER_QUIET_HOURS, now) !== null) continue;
    if (alert.status !== 'sent') {
      problems.push(`alert ${alert.id} (${alert.kind}) is ${alert.status} after ${alert.attempts} attempts: ${alert.lastError ?? ''}`);
      continue;
    }
    const text = renderer.render(messages, alert.person.locale)[0]?.text ?? '';
    const key = `${chat}\n${text}`;
    const entry = byText.get(key) ?? { alerts: 0, chat, text };
    entry.alerts++;
    byText.set(key, entry);
  }
  let duplicates = 0;
  let sends = 0;
  for (const { alerts: count, chat, text } of byText.values()) {
    const received = fake.sentTo(chat).filter((message) => message.text === text).length;
    sends += received;
    if (received < count) problems.push(`chat ${chat} got "${text.split('\n')[0]}…" ${received} times for ${count} alerts`);
    duplicates += Math.max(0, received - count);
  }
  return {
    problems,
    duplicates,
    orphaned,
    summary: `${alerts.length} alerts, ${sends} sends of the sent ones, ${duplicates} duplicates, ${orphaned} still claimed by a killed process`,
  };
}

/** A chat of the run and its update ids, in the order sent. */
interface Chat {
  readonly chat: number;
  readonly updates: readonly number[];
}

/** What the fake Bot API received for each leader's replies. */
interface ReplyReport {
  readonly problems: string[];
  /** Reply messages that never arrived. */
  readonly lost: number;
  readonly summary: string;
}

/**
 * Every reply the runner stored for a leader's updates (ProcessedMessage.replies, in the
 * order the updates were sent) must have reached the leader's chat in that order. Extra
 * messages may only be sends in flight at a kill: a batch being sent or sent but not yet
 * recorded, in each of the chats active at that moment.
 *
 * And each leader's updates stored as many reply messages as the pilot's, who sent the same
 * steps while nothing was killed: an update processed a second time (a delivery after its
 * commit taken for a new message) stores the second answer, a re-ask, instead of the
 * first, which the checks above cannot tell from a re-sent reply.
 */
async function replyReport(
  database: Database,
  fake: FakeTelegram,
  chats: ReadonlyArray<Chat>,
  pilot: Chat,
  kills: number,
): Promise<ReplyReport> {
  const stored = new StoredReplies(TEST_BOT_TOKEN);
  const repliesOf = await stored.all(database);
  const undisturbed = pilot.updates.flatMap((id) => stored.texts(repliesOf.get(`tg:${id}`) ?? [], pilot.chat)).length;
  const problems: string[] = [];
  let expectedTotal = 0;
  let lost = 0;
  let disordered = 0;
  let extra = 0;
  let largestBatch = 0;
  for (const { chat, updates } of chats) {
    const batches = updates.map((id) => stored.texts(repliesOf.get(`tg:${id}`) ?? [], chat));
    largestBatch = Math.max(largestBatch, ...batches.map((batch) => batch.length));
    const expected = batches.flat();
    const received = fake.sentTo(chat).map((message) => message.text);
    expectedTotal += expected.length;
    // In order: the expected texts are a subsequence of what arrived.
    let matched = 0;
    for (const text of received) if (matched < expected.length && text === expected[matched]) matched++;
    // Lost: expected more often than received, whatever the order.
    const counts = new Map<string, number>();
    for (const text of received) counts.set(text, (counts.get(text) ?? 0) + 1);
    let missing = 0;
    for (const text of expected) {
      const left = counts.get(text) ?? 0;
      if (left > 0) counts.set(text, left - 1);
      else missing++;
    }
    lost += missing;
    disordered += expected.length - matched - missing;
    extra += received.length - (expected.length - missing);
    // A leader whose updates left no stored replies would make "zero lost" hold by itself.
    if (updates.length > 0 && expected.length === 0) problems.push(`chat ${chat}: no stored replies for its ${updates.length} updates`);
    else if (expected.length !== undisturbed) problems.push(`chat ${chat}: ${expected.length} stored reply messages, ${undisturbed} without kills (an update processed twice?)`);
    if (missing > 0) problems.push(`chat ${chat}: ${missing} of ${expected.length} reply messages never arrived`);
    else if (matched < expected.length) problems.push(`chat ${chat}: replies arrived out of order`);
  }
  const allowed = kills * CONCURRENT_CHATS * REPLY_BATCHES_IN_FLIGHT_PER_CHAT * largestBatch;
  if (extra > allowed) problems.push(`${extra} duplicate reply messages for ${kills} kills (sends in flight allow at most ${allowed})`);
  return {
    problems,
    lost,
    summary: `${expectedTotal} reply messages expected across ${chats.length} leaders: ${lost} lost, ${disordered} out of order, ${extra} extra (at most ${allowed} allowed)`,
  };
}
