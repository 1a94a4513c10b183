import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';

/** The unsigned letter as a PDF, shown beside the editor (framed by our own page only). */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const pdf = await orHttpError(() => context.services.replies.previewReply(user, params.id ?? ''));
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="preview.pdf"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Security-Policy': "frame-ancestors 'self'",
    },
  });
}
