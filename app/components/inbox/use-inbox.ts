import { useRouteLoaderData } from '@remix-run/react';
import type { DeadlineInfo } from '../DeadlineBadge';
import type { Lang } from '../../../server/languages';

/** What the inbox page's loader gives its parts (app/routes/staff._index.tsx builds it). */
export interface InboxData {
  title: string;
  locale: Lang;
  role: 'clerk' | 'manager' | 'admin' | 'registry';
  manager: boolean;
  query: {
    view: string;
    status: 'open' | 'any' | readonly string[];
    department?: string;
    assignee?: string;
    language?: string;
    channel?: string;
    kind?: string;
    deadline?: string;
    receivedFrom?: string;
    receivedTo?: string;
    registeredFrom?: string;
    registeredTo?: string;
    sort: string;
    q?: string;
    after?: string;
  };
  queryString: string;
  views: string[];
  counts: Partial<Record<string, number>>;
  next: string | null;
  first: string | null;
  searchIgnored: boolean;
  showDepartment: boolean;
  departments: { id: string; name: string }[];
  people: { id: string; name: string; departmentId: string | null }[];
  saved: { id: string; name: string; query: string }[];
  mark: string;
  items: {
    number: string;
    subject: string;
    petitionerName: string;
    language: Lang | null;
    channel: string;
    status: string;
    assigneeName: string | null;
    department: string | null;
    receivedAt: string;
    dueOn: string | null;
    deadline: DeadlineInfo | null;
    snippet: { text: string; hit: boolean }[] | null;
  }[];
}

/** The inbox page's loader data, for its parts. */
export function useInbox(): InboxData {
  return useRouteLoaderData('routes/staff._index') as InboxData;
}
