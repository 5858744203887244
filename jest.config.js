/** ts-jest in ESM mode: Probot 14 is ESM-only, so the tests run as ESM too. */
export default {
  preset: "ts-jest/presets/default-esm",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151002] } }],
  },
  setupFiles: ["<rootDir>/test/setup-no-network.ts"],
  // Many tests run real git, redis-server, Chromium or a spawned server: on a busy 2-core machine
  // they can take seconds. A timeout is a hang detector here, never a speed target (that is npm run bench).
  testTimeout: 30_000,
  // On a 2-core machine jest runs every suite in its main process (in band), and ESM mode keeps each
  // suite's module graph alive: after ~280 suites the heap reached 3.8 GB and the run died (session 21).
  // A memory limit makes jest use a worker (still one at a time) and start a fresh one past the limit.
  workerIdleMemoryLimit: "1GB",
};
