/** Starts the HTTP app on a port; kept apart from app.ts so tests never bind one unless they want to. */
import type { FastifyInstance } from 'fastify';

/** Listens and returns the address actually bound (PORT=0 picks a free port). */
export async function startServer(app: FastifyInstance, host: string, port: number): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address();
  if (address === null || typeof address === 'string') return String(address);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}
