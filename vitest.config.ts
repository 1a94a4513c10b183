import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/longest-first.sequencer';

// Three projects: pure unit tests, integration tests against real databases, and
// browser tests that drive the built app in Debian's Chromium. Integration and browser test files
// run two at a time (each has its own databases, data directory and ports; much of their time is
// spent waiting on processes, jobs and the browser), the longest first.
export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
