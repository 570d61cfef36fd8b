// Unit tests run in Node: the pure core, storage (through fake-indexeddb) and worker logic without the DOM.
// maxWorkers: one test file per core. Vitest's default (cores - 1) leaves one of CI's two cores idle while
// the main process only waits for results.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
