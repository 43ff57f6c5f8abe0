import { defineConfig } from 'vitest/config';

// The unit tests of shared/ only: what mutation testing runs against each mutant.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
