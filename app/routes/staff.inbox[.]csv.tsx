import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { inboxExportResponse } from '../.server/inbox-export.server';

/** /staff/inbox.csv?<the inbox's query>: every case of that view, as CSV. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return inboxExportResponse(request, context, user, 'csv');
}
