import { useRouteLoaderData } from '@remix-run/react';
import type { InboxLoader } from '../../routes/staff._index';
import type { SerializeFrom } from '@remix-run/node';

/** The inbox page's loader data, for its parts. */
export function useInbox(): SerializeFrom<InboxLoader> {
  return useRouteLoaderData<InboxLoader>('routes/staff._index')!;
}
