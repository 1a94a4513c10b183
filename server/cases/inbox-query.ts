/**
 * What a clerk asks the inbox: a view, filters, a sort, a search and a page cursor — parsed from the
 * page's query string (the same string a saved view keeps and an export link carries). Pure: no I/O.
 * Anything malformed is dropped, never an error: an old bookmark still opens the inbox.
 */
import { z } from 'zod';
import { SERVED_LANGUAGES } from '../languages.js';
import { isValidCalendarDate, type CalendarDate } from '../deadlines/calendar.js';
import { CASE_STATUSES, CHANNELS, PETITION_KINDS, type CaseStatus } from './case.js';

export const INBOX_VIEWS = ['department', 'triage', 'mine', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** due: earliest due date first (cases without one last); received / updated: newest first; relevance: search rank. */
export const INBOX_SORTS = ['due', 'received', 'updated', 'relevance'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const DEADLINE_FILTERS = ['overdue', 'due-soon', 'on-track', 'paused'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** 'open' = every status in which the clock runs; 'any' = every status, answered and closed too. */
export type StatusFilter = 'open' | 'any' | readonly CaseStatus[];

export interface InboxQuery {
  view: InboxView;
  status: StatusFilter;
  /** A department id, or 'none' for cases not yet routed. Only narrows what the viewer may see. */
  department?: string;
  /** 'me', 'none' (unassigned) or a user id. */
  assignee?: string;
  language?: (typeof SERVED_LANGUAGES)[number];
  channel?: (typeof CHANNELS)[number];
  kind?: (typeof PETITION_KINDS)[number];
  deadline?: DeadlineFilter;
  receivedFrom?: CalendarDate;
  receivedTo?: CalendarDate;
  registeredFrom?: CalendarDate;
  registeredTo?: CalendarDate;
  sort: InboxSort;
  /** The search words (server/search parses them). */
  q?: string;
  /** An opaque keyset cursor from the previous page. */
  after?: string;
}

export const INBOX_PAGE_SIZE = 50;

const date = z.string().refine((s) => isValidCalendarDate(s)).optional().catch(undefined);
const id = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined);
const one = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

const schema = z.object({
  view: one(INBOX_VIEWS),
  department: id,
  assignee: id,
  language: one(SERVED_LANGUAGES),
  channel: one(CHANNELS),
  kind: one(PETITION_KINDS),
  deadline: one(DEADLINE_FILTERS),
  receivedFrom: date,
  receivedTo: date,
  registeredFrom: date,
  registeredTo: date,
  sort: one(INBOX_SORTS),
  q: z.string().trim().max(200).optional().catch(undefined),
  after: z.string().regex(/^[A-Za-z0-9_-]{1,400}$/).optional().catch(undefined),
});

/** The query a URL's search parameters ask for (`status` may repeat). */
export function parseInboxQuery(params: URLSearchParams, defaultView: InboxView): InboxQuery {
  const raw = Object.fromEntries([...params.keys()].map((k) => [k, params.get(k) ?? undefined]));
  const parsed = schema.parse(raw);
  const statuses = params.getAll('status');
  let status: StatusFilter = 'open';
  if (statuses.includes('any')) status = 'any';
  else {
    const picked = CASE_STATUSES.filter((s) => statuses.includes(s));
    if (picked.length > 0) status = picked;
  }
  const q = parsed.q || undefined;
  return {
    view: parsed.view ?? defaultView,
    status,
    department: parsed.department,
    assignee: parsed.assignee,
    language: parsed.language,
    channel: parsed.channel,
    kind: parsed.kind,
    deadline: parsed.deadline,
    receivedFrom: parsed.receivedFrom,
    receivedTo: parsed.receivedTo,
    registeredFrom: parsed.registeredFrom,
    registeredTo: parsed.registeredTo,
    sort: parsed.sort === 'relevance' && !q ? 'due' : (parsed.sort ?? (q ? 'relevance' : 'due')),
    q,
    after: parsed.after,
  };
}

/** The query string of a query (without its cursor unless asked): links, saved views, exports. */
export function inboxQueryString(query: InboxQuery, options: { withCursor?: boolean } = {}): string {
  const p = new URLSearchParams();
  p.set('view', query.view);
  if (query.status === 'any') p.append('status', 'any');
  else if (query.status !== 'open') for (const s of query.status) p.append('status', s);
  for (const key of ['department', 'assignee', 'language', 'channel', 'kind', 'deadline', 'receivedFrom', 'receivedTo', 'registeredFrom', 'registeredTo', 'q'] as const) {
    const v = query[key];
    if (v) p.set(key, v);
  }
  const defaultSort = query.q ? 'relevance' : 'due';
  if (query.sort !== defaultSort) p.set('sort', query.sort);
  if (options.withCursor && query.after) p.set('after', query.after);
  return p.toString();
}

/** A keyset position: the sort key of the last row shown and its id (base64url JSON). */
export interface Cursor {
  /** The sort value (a date, an instant, a score), or null for a case with none (after every dated case). */
  key: string | number | null;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2 || typeof v[1] !== 'string') return null;
    const [key, id] = v as [unknown, string];
    if (key !== null && typeof key !== 'string' && typeof key !== 'number') return null;
    return { key, id };
  } catch {
    return null;
  }
}
