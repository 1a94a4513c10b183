/**
 * What the inbox needs of the search module (server/search), as a port: the composition root hands
 * server/search's functions in, so the case file never depends on how text is indexed.
 */
import type { Database } from '../db/database.js';

export interface SearchMatches {
  /** A subquery of { case_id, score } the inbox joins as `hits`. */
  as(alias: 'hits'): unknown;
}

export interface InboxSearch<Q = unknown> {
  /** The words a person typed, parsed; null when there is nothing to search for. */
  parse(raw: string): Q | null;
  /** Async: PostgreSQL finds a word's candidate texts first (server/search). */
  matches(db: Database, query: Q): Promise<SearchMatches>;
  snippets(db: Database, query: Q, caseIds: string[]): Promise<Map<string, { text: string; hit: boolean }[]>>;
}
