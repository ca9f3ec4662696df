import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    // End-to-end tests spawn the CLI; two cores, so keep the pool small and the timeout generous.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
