/** Starts the HTTP app on a port; kept apart from app.ts so tests never bind one unless they want to. */
import type { FastifyInstance } from 'fastify';
import { StartupError } from '../config/startup-error.js';

/**
 * The address asked for cannot be listened on: the port is taken (another program, or the
 * bot started twice), reserved for root, or HOST is no address of this machine. Start-up
 * stops with this message, naming the variable to change, instead of a stack trace.
 */
export class ListenError extends StartupError {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly code: string,
  ) {
    super(listenMessage(host, port, code));
  }
}

function listenMessage(host: string, port: number, code: string): string {
  const other = port === 3000 ? 3001 : 3000;
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use (PORT=${port}): another program, or wksbm-bot started a second time, is listening there. Stop it, or start on another port, e.g. PORT=${other} npm start.`;
    case 'EACCES':
      return `Port ${port} on ${host} may not be opened by this user (PORT=${port}; ports under 1024 need root). Start on a higher port, e.g. PORT=${other} npm start.`;
    case 'EADDRNOTAVAIL':
      return `HOST=${host} is not an address of this machine, so port ${port} cannot be opened there. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every address).`;
    default:
      return `Could not listen on ${host}:${port} (HOST, PORT): ${code}.`;
  }
}

/** Listens and returns the address actually bound (PORT=0 picks a free port); {@link ListenError} when it cannot. */
export async function startServer(app: FastifyInstance, host: string, port: number): Promise<string> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new ListenError(host, port, code);
    throw error;
  }
  const address = app.server.address();
  if (address === null || typeof address === 'string') return String(address);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}
