/** The paper desk in Chromium on PostgreSQL, with a separate `desk worker` (the suite: paper-desk.suite.ts). */
import { describe } from 'vitest';
import { paperDeskSuite } from './paper-desk.suite';

if (process.env.DATABASE_URL_TEST) paperDeskSuite('postgres');
else describe.skip('the paper desk in Chromium on postgres (DATABASE_URL_TEST is not set)', () => {});
