// Unit tests run in Node: the pure core, storage (through fake-indexeddb) and worker logic without the DOM.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
