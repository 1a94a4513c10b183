import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';

/** One page of an original as a PNG, for the viewer beside the recognised text. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const png = await orHttpError(() => context.services.cases.previewPage(user, params.id ?? '', Number(params.page)));
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=300', 'X-Content-Type-Options': 'nosniff' },
  });
}
