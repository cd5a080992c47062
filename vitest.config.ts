import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['src/testing/no-outbound-network.ts'],
    globalSetup: ['src/testing/pglite-snapshot.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: two files at once, each with its own database.
    maxWorkers: 2,
  },
});
