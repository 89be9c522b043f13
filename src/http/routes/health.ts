/** `GET /health`: 200 while the database answers, 503 when it does not. */
import type { FastifyPluginAsync } from 'fastify';

export interface HealthOptions {
  readonly ping: () => Promise<boolean>;
}

export const healthRoutes: FastifyPluginAsync<HealthOptions> = async (app, { ping }) => {
  app.get('/health', async (_request, reply) => {
    const database = await ping();
    return reply.status(database ? 200 : 503).send({ status: database ? 'ok' : 'unavailable', database: database ? 'up' : 'down' });
  });
};
