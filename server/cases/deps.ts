/** What the cases slice's use cases need; built once in services.ts. */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { InboxSearch } from './inbox-search.js';

export interface CaseDeps {
  db: Database;
  clock: Clock;
  blobs: BlobStore;
  /** Key for tracking-code HMACs. */
  secret: string;
  /** The router learns from every re-route a clerk makes (optional: tests of other rules leave it out). */
  learnRouting?: (
    text: { subject: string; body: string },
    departmentId: string,
    details: { caseId?: string; suggestedDepartmentId?: string | null; actorId?: string },
  ) => Promise<unknown>;
  /** The search module (server/search) as the inbox uses it: words → matching cases, ranked, with snippets. */
  search?: InboxSearch;
}
