import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file gets its own process: servers and clients never share state.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    // One PostgreSQL for the run: the server at 127.0.0.1:5432, or an embedded cluster.
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
