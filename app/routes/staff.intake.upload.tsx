import { data, type ActionFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey } from '../.server/errors.server';
import { readMultipartForm } from '../.server/forms.server';

/** One scan from the front-desk page (XHR, JSON answer), as a new case or into an existing one. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  try {
    const form = await readMultipartForm(request, context);
    const file = form.get('file');
    if (!file || typeof file === 'string') return data({ error: 'intake.noFile' }, { status: 400 });
    const result = await context.services.intake.ingestScan(user, {
      filename: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      caseNumber: String(form.get('caseNumber') ?? '').trim() || null,
      petitionerName: String(form.get('petitionerName') ?? '').trim() || null,
    });
    return data(result);
  } catch (error) {
    const key = inlineErrorKey(error, ['invalid_input', 'not_found', 'csrf']);
    const notFound = key === 'errors.not_found';
    return data({ error: notFound ? 'intake.caseNotFound' : key }, { status: notFound ? 404 : 400 });
  }
}
