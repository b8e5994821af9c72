import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real processes (nginx, prometheus) share two cores: keep files parallel but bounded.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
