/** Talking to a running app's control socket (used by `npm run invite`). */
import { createConnection } from 'node:net';
import { controlSocketPath, type ControlRequest, type ControlResponse } from './control-protocol.js';

/** Nobody listens on the socket: no app runs on this data dir (or it has no control channel). */
export class ControlUnavailableError extends Error {
  override readonly name = 'ControlUnavailableError';
}

/** Sends one request to the app using `dataDir` and resolves with its response. */
export function sendControlRequest(dataDir: string, request: ControlRequest, timeoutMs = 15_000): Promise<ControlResponse> {
  const path = controlSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let buffer = '';
    let connected = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer from the bot's control socket ${path} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      socket.end();
      try {
        resolve(JSON.parse(buffer.slice(0, newline)) as ControlResponse);
      } catch {
        reject(new Error('the bot answered something that is not JSON'));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const absent = !connected && ['ENOENT', 'ECONNREFUSED', 'ENOTSOCK'].includes(error.code ?? '');
      reject(absent ? new ControlUnavailableError(`no bot is listening on ${path}`) : error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      reject(new Error('the bot closed the control connection without answering'));
    });
  });
}
