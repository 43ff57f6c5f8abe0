import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts'],
    // sized for a loaded 2-core machine: hooks build bundles and launch Chromium, tests run LibreOffice
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    pool: 'forks',
    // cli/dist (the built command) is rebuilt before every run: tests of the command test the built files
    globalSetup: ['tests/build-cli.setup.ts'],
  },
});
