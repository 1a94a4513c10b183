import type { LoaderFunctionArgs } from '@remix-run/node';
import { orHttpError } from '../.server/errors.server';
import { grantedCaseNumber } from '../.server/track-access.server';

/** A resident downloads the signed reply of the case they just looked up with its code. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const number = await grantedCaseNumber(request, context);
  if (!number) throw new Response(JSON.stringify({ i18nKey: 'track.lookUpFirst' }), { status: 404 });
  const { document, bytes } = await orHttpError(() => context.services.cases.readReplyForResident(number, params.id ?? ''));
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${document.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
