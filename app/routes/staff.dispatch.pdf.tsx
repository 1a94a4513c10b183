import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';

/** The letters still to post (or those of ?id=…), one PDF for the printer; never cached. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const ids = new URL(request.url).searchParams.getAll('id').slice(0, 500);
  const pdf = await orHttpError(() => context.services.replies.dispatchPdf(user, ids.length ? ids : undefined));
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="dispatch.pdf"',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
