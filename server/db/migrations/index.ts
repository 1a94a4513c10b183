/**
 * The ordered list of migrations. Static imports (not a folder scan) so the same list works
 * under tsx, in the Vite server build and in tests.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-21_001_initial.js';
import * as jobs from './2026-11-21_002_jobs.js';
import * as intake from './2026-11-21_003_intake.js';
import * as routing from './2026-11-21_004_routing.js';
import * as replies from './2026-11-21_005_replies.js';
import * as caseFacts from './2026-12-02_006_case_facts.js';
import * as replySigning from './2026-12-02_007_reply_signing.js';
import * as paperDesk from './2026-12-02_008_paper_desk.js';
import * as notifications from './2026-12-02_009_notifications.js';
import * as search from './2026-12-02_010_search.js';
import * as inbox from './2026-12-02_011_inbox.js';
import * as caseLinks from './2026-12-02_012_case_links.js';
import * as reports from './2026-12-02_013_reports.js';
import * as inboxStatusOrder from './2026-12-02_014_inbox_status_order.js';
import * as visits from './2026-12-03_015_visits.js';
import * as duplicates from './2026-12-04_016_duplicates.js';

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-21_001_initial': initial,
  '2026-11-21_002_jobs': jobs,
  '2026-11-21_003_intake': intake,
  '2026-11-21_004_routing': routing,
  '2026-11-21_005_replies': replies,
  '2026-12-02_006_case_facts': caseFacts,
  '2026-12-02_007_reply_signing': replySigning,
  '2026-12-02_008_paper_desk': paperDesk,
  '2026-12-02_009_notifications': notifications,
  '2026-12-02_010_search': search,
  '2026-12-02_011_inbox': inbox,
  '2026-12-02_012_case_links': caseLinks,
  '2026-12-02_013_reports': reports,
  '2026-12-02_014_inbox_status_order': inboxStatusOrder,
  '2026-12-03_015_visits': visits,
  '2026-12-04_016_duplicates': duplicates,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
