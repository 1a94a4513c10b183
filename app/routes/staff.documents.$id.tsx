import { Readable } from 'node:stream';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';

/**
 * A case document for staff. Always served as an attachment with nosniff and a sandboxing
 * CSP, so an uploaded file can never run in the desk's origin.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { document, body } = await orHttpError(() => context.services.cases.readCaseDocument(user, params.id ?? ''));
  const asciiName = document.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Response(Readable.toWeb(body) as ReadableStream, {
    headers: {
      'Content-Type': document.mediaType,
      'Content-Length': String(document.sizeBytes),
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
}
