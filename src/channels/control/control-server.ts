/**
 * The local control channel of a running app: a Unix domain socket in DATA_DIR (mode
 * 0600, so only the app's user can talk to it) that takes newline-delimited JSON commands
 * from admin tools on the same machine — `npm run invite` while the bot runs on the
 * embedded database, which only one process may open. No network port is opened.
 */
import { chmod, mkdir, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import type { InviteRequest } from '../../domain/officers/invites.js';
import { controlRequestSchema, controlSocketPath, MAX_REQUEST_BYTES, type ControlResponse } from './control-protocol.js';

/** The commands the server serves. */
export interface ControlCommands {
  readonly invite: (request: InviteRequest) => Promise<ControlResponse>;
}

/** A logger such as pino's; never given request contents beyond the command name. */
export interface ControlLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** A listening control server. */
export interface ControlServer {
  readonly path: string;
  /** Stops listening, ends open connections and removes the socket file. */
  close(): Promise<void>;
}

/** A connection idle this long is closed (a stuck client must not pin the app). */
const IDLE_TIMEOUT_MS = 30_000;

/**
 * Starts listening on `DATA_DIR/control.sock`. Call it only while holding the data dir
 * (after the database opened): a socket file left by a crashed run is then stale for
 * certain and is replaced.
 */
export async function startControlServer(options: {
  readonly dataDir: string;
  readonly commands: ControlCommands;
  readonly logger: ControlLogger;
}): Promise<ControlServer> {
  const path = controlSocketPath(options.dataDir);
  const onWindows = process.platform === 'win32';
  if (!onWindows) {
    await mkdir(dirname(path), { recursive: true });
    await rm(path, { force: true });
  }
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, options.commands, options.logger);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.logger.error({ err: error }, 'control socket failed'));
  if (!onWindows) await chmod(path, 0o600);
  options.logger.info({ path }, 'control socket listening');
  let closing: Promise<void> | undefined;
  return {
    path,
    close: () => (closing ??= closeServer(server, sockets, onWindows ? null : path)),
  };
}

async function closeServer(server: Server, sockets: Set<Socket>, path: string | null): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  for (const socket of sockets) socket.end();
  setTimeout(() => sockets.forEach((socket) => socket.destroy()), 1_000).unref();
  await closed;
  if (path) await rm(path, { force: true });
}

/** Reads request lines and answers each in order. */
function serve(socket: Socket, commands: ControlCommands, logger: ControlLogger): void {
  socket.setEncoding('utf8');
  socket.setTimeout(IDLE_TIMEOUT_MS, () => socket.destroy());
  let buffer = '';
  let queue = Promise.resolve();
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    if (Buffer.byteLength(buffer) > MAX_REQUEST_BYTES) {
      socket.end(`${JSON.stringify({ ok: false, error: 'request too long' } satisfies ControlResponse)}\n`);
      return;
    }
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line === '') continue;
      queue = queue.then(async () => {
        const response = await handle(line, commands, logger);
        if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n`);
      });
    }
  });
}

async function handle(line: string, commands: ControlCommands, logger: ControlLogger): Promise<ControlResponse> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = controlRequestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'unknown or malformed command', problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`) };
  const request = parsed.data;
  try {
    const { command: _command, ...invite } = request;
    const response = await commands.invite(invite);
    logger.info({ command: request.command, ok: response.ok }, 'control command');
    return response;
  } catch (error) {
    logger.error({ err: error, command: request.command }, 'control command failed');
    return { ok: false, error: 'the command failed; see the bot log' };
  }
}
