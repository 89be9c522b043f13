/**
 * The local control channel's protocol: newline-delimited JSON over a Unix domain socket
 * `DATA_DIR/control.sock` (a named pipe on Windows). One request per line, one response
 * line each. It exists because only one process may open the embedded database: admin
 * commands such as making an officer invite must go through the running app.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** File name of the socket inside DATA_DIR. */
export const CONTROL_SOCKET_NAME = 'control.sock';

/** Longest request line accepted; a command is a few hundred bytes. */
export const MAX_REQUEST_BYTES = 64 * 1024;

/** Where the control socket of the app using `dataDir` listens. */
export function controlSocketPath(dataDir: string): string {
  const dir = resolve(dataDir);
  // Windows has no Unix sockets in folders: a named pipe named after the folder instead.
  if (process.platform === 'win32') return `\\\\.\\pipe\\wksbm-bot-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
  return join(dir, CONTROL_SOCKET_NAME);
}

/** `invite`: make an officer invite (see domain/officers/invites.ts). */
export const inviteRequestSchema = z.object({
  command: z.literal('invite'),
  kind: z.string().min(1).max(40),
  areas: z.array(z.string().max(40)).min(1).max(50),
  expiresInMs: z.number().int().positive().optional(),
});

/** Every request the control channel understands. */
export const controlRequestSchema = z.discriminatedUnion('command', [inviteRequestSchema]);
export type ControlRequest = z.infer<typeof controlRequestSchema>;

/** A created invite as the control channel returns it (JSON: dates as ISO strings). */
export interface InviteReply {
  readonly code: string;
  readonly kind: string;
  readonly areas: ReadonlyArray<{ readonly code: string; readonly level: string; readonly name: string; readonly districtName: string; readonly regencyName: string }>;
  readonly expiresAt: string;
}

/** One response line. `problems` lists what was wrong with a request a person can fix. */
export type ControlResponse =
  | { readonly ok: true; readonly result: InviteReply }
  | { readonly ok: false; readonly error: string; readonly problems?: readonly string[] };
