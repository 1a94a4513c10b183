/**
 * Test files in an order that lets two workers finish together: the files known to take longest
 * start first (a file that starts last and runs three minutes makes the whole suite three minutes
 * longer), then vitest's own order (its cache of durations where there is one, else larger files
 * first). A fresh clone — CI — has no cache, hence the list. Keep it to the slowest files, as
 * measured (`vitest run --project integration` prints each file's time).
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = [
  'tests/e2e/paper-desk.test.ts',
  'tests/e2e/visits.test.ts',
  'tests/e2e/paper-desk.postgres.test.ts',
  'tests/e2e/intake-and-reply.test.ts',
  'tests/e2e/resident-and-clerk.test.ts',
  'tests/integration/notifications-crash.test.ts',
  'tests/integration/email-crash-rounds.test.ts',
  'tests/integration/signing-crash.test.ts',
  'tests/integration/multi-process.test.ts',
  'tests/integration/replies.test.ts',
  'tests/integration/email-crash.test.ts',
  'tests/integration/case-show.test.ts',
  'tests/integration/notifications-delivery.test.ts',
  'tests/integration/audit.test.ts',
  'tests/integration/visits-cli.test.ts',
  'tests/integration/routing.test.ts',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(path.relative(root, file.moduleId));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
