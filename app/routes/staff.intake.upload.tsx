import type { ActionFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey } from '../.server/errors.server';
import { readMultipartForm } from '../.server/forms.server';

/** One scan from the front-desk page (XHR, JSON answer), as a new case or into an existing one. */
/** A resource route: its refusals need a real Response to keep their status (data() keeps it only for pages). */
const reply = (body: unknown, status = 200) => Response.json(body, { status });

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  try {
    const form = await readMultipartForm(request, context);
    const file = form.get('file');
    if (!file || typeof file === 'string') return reply({ error: 'intake.noFile' }, 400);
    const result = await context.services.intake.ingestScan(user, {
      filename: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      caseNumber: String(form.get('caseNumber') ?? '').trim() || null,
      petitionerName: String(form.get('petitionerName') ?? '').trim() || null,
    });
    return reply(result);
  } catch (error) {
    const key = inlineErrorKey(error, ['invalid_input', 'not_found', 'csrf']);
    const notFound = key === 'errors.not_found';
    return reply({ error: notFound ? 'intake.caseNotFound' : key }, notFound ? 404 : 400);
  }
}
