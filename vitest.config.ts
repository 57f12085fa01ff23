/**
 * Two test projects: "unit" (src/ml on TF.js's cpu backend under Node, content
 * and hyperparameter checks) and "browser" (real Chromium against the production
 * build, driven by playwright-core). `npm test` runs both through tests/run-all.mjs.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ["tests/browser/globalSetup.ts"],
        },
      },
    ],
  },
});
