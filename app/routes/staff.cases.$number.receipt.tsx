import type { ActionFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { receiptOptionsSchema } from '../.server/domain';
import { orHttpError } from '../.server/errors.server';
import { formValues, parseFields, readForm, refusal } from '../.server/forms.server';

/**
 * The front desk's receipt as a PDF download. A POST, CSRF-checked: printing issues a new tracking
 * code (the old one stops working), so it must never happen on a mere GET or a prefetch.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await orHttpError(() => readForm(request, context));
  const parsed = parseFields(receiptOptionsSchema, formValues(formData, ['paper']));
  if (!parsed.ok) throw refusal(400, 'invalid_input', 'errors.invalid_input');
  const receipt = await orHttpError(() => context.services.receipts.printReceipt(user, params.number ?? '', { ...parsed.data, siteUrl: new URL(request.url).origin }));
  return new Response(new Uint8Array(receipt.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      // Receipt file names are ASCII (see server/receipts/receipt-texts.ts).
      'Content-Disposition': `attachment; filename="${receipt.filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
