/**
 * EMBEDDED_POSTGRES_PORT for the CLIs that read the environment without the app's whole
 * config (`npm run invite`, `npm run db:migrate`): the same rule as src/config/config.ts.
 */

/** The configured port, or undefined (a free one). Throws, naming the variable, on a bad value. */
export function embeddedPortFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.EMBEDDED_POSTGRES_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`EMBEDDED_POSTGRES_PORT: expected a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}
