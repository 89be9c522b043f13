/**
 * Baileys' authentication state in the database instead of files: the database counterpart
 * of Baileys' `useMultiFileAuthState`. Because it lives in the app's database, a restart,
 * a redeploy on a fresh disk or a second machine on the same PostgreSQL resumes the linked
 * session without pairing again.
 *
 * Only one socket may use a session at a time: WhatsApp closes the older connection
 * ("connection replaced") when a second one logs in with the same credentials.
 */
import { initAuthCreds, proto, type AuthenticationCreds, type AuthenticationState, type SignalDataSet, type SignalDataTypeMap } from '@whiskeysockets/baileys';
import { isRecord } from '../../core/unknown.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { TRANSACTION_OPTIONS } from '../transaction-runner.js';
import { CHANNEL_KINDS } from './channel-kinds.js';
import { deleteRows, readRows, revive, serialise, upsertRows, type StateRow } from './state-table.js';

/** A stored app-state sync key as Baileys' protobuf class. */
function appStateSyncKey(value: unknown): unknown {
  return isRecord(value) ? proto.Message.AppStateSyncKeyData.fromObject(value) : value;
}

/** The `kind` of the credentials row (its key is ""). Not a Baileys key type, so no clash. */
export const CREDS_KIND = 'creds';

/** The session name used when the app links a single number. */
export const DEFAULT_SESSION = 'default';

/** What {@link useDatabaseAuthState} returns; shaped like Baileys' useMultiFileAuthState. */
export interface DatabaseAuthState {
  /** Hand to makeWASocket as `auth`. `creds` is mutated by Baileys; save it on `creds.update`. */
  readonly state: AuthenticationState;
  /** Writes the current `state.creds`. */
  saveCreds(): Promise<void>;
  /**
   * Deletes the session's credentials and keys and starts `state.creds` afresh, so that the
   * next connection pairs again (after WhatsApp logged the device out).
   */
  clear(): Promise<void>;
}

/**
 * Loads (or starts) the auth state of `session`. `keys.set()` writes every changed key of a
 * call in ONE transaction: a crash or a failed statement leaves the previous keys intact
 * rather than half a key set, which would break Signal sessions in confusing ways.
 */
export async function useDatabaseAuthState(prisma: PrismaClient, session: string = DEFAULT_SESSION): Promise<DatabaseAuthState> {
  const stored = await readRows(prisma, session, CREDS_KIND, ['']);
  const text = stored.get('');
  const creds: AuthenticationCreds = text === undefined ? initAuthCreds() : revive<AuthenticationCreds>(text);

  // Writes run one after another in call order, so a later write of a key always wins,
  // also when Baileys fires two sets without awaiting the first.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };

  const keys = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]): Promise<{ [id: string]: SignalDataTypeMap[T] }> {
      const rows = await readRows(prisma, session, type, ids);
      const result: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const [id, value] of rows) {
        // Baileys expects the protobuf class for these keys, as its file store returns it.
        result[id] = type === 'app-state-sync-key' ? revive<SignalDataTypeMap[T]>(value, appStateSyncKey) : revive<SignalDataTypeMap[T]>(value);
      }
      return result;
    },

    set(data: SignalDataSet): Promise<void> {
      // Serialise before the transaction opens: a value that cannot be stored fails the
      // call without having written anything.
      const changes: Array<{ kind: string; upserts: StateRow[]; deletes: string[] }> = [];
      const kinds: Array<[string, unknown]> = Object.entries(data);
      for (const [kind, entries] of kinds) {
        if (!isRecord(entries)) continue;
        const upserts: StateRow[] = [];
        const deletes: string[] = [];
        for (const [id, value] of Object.entries(entries)) {
          if (value === null || value === undefined) deletes.push(id);
          else upserts.push({ key: id, value: serialise(value) });
        }
        if (upserts.length > 0 || deletes.length > 0) changes.push({ kind, upserts, deletes });
      }
      if (changes.length === 0) return Promise.resolve();
      return serial(() =>
        prisma.$transaction(async (tx) => {
          const now = new Date();
          for (const change of changes) {
            if (change.deletes.length > 0) await deleteRows(tx, session, change.kind, change.deletes);
            if (change.upserts.length > 0) await upsertRows(tx, session, change.kind, change.upserts, now);
          }
        }, TRANSACTION_OPTIONS),
      );
    },

    /** Baileys calls this to wipe the Signal store; the credentials stay. */
    clear(): Promise<void> {
      return serial(async () => {
        await prisma.whatsAppState.deleteMany({ where: { session, kind: { notIn: [CREDS_KIND, ...Object.values(CHANNEL_KINDS)] } } });
      });
    },
  };

  return {
    state: { creds, keys },
    saveCreds: () =>
      serial(async () => {
        const row = { key: '', value: serialise(creds) };
        await upsertRows(prisma, session, CREDS_KIND, [row], new Date());
      }),
    clear: () =>
      serial(async () => {
        await prisma.whatsAppState.deleteMany({ where: { session, kind: { notIn: Object.values(CHANNEL_KINDS) } } });
        // Same object, new content: a socket built from `state` after this pairs afresh.
        for (const name of Object.keys(creds)) Reflect.deleteProperty(creds, name);
        Object.assign(creds, initAuthCreds());
      }),
  };
}
