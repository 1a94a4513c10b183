/**
 * "Print receipt" on the case page, for letters, walk-in and phone petitions: posts to the
 * receipt resource route (routes/staff.cases.$number.receipt.tsx), which answers with the PDF as
 * a download. A plain form without Remix's fetch, so the browser saves the file; it carries the
 * CSRF token like every form that changes something (printing issues a new tracking code).
 */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../server/cases/case';
import { CsrfInput } from '../CsrfInput';

/** The channels server/receipts/receipt.ts gives a receipt (the server refuses the others in any case). */
const RECEIPT_CHANNELS: readonly Channel[] = ['letter', 'in_person', 'phone'];

export function ReceiptButton({ kase }: { kase: { number: string; channel: Channel } }) {
  const { t } = useTranslation();
  if (!RECEIPT_CHANNELS.includes(kase.channel)) return null;
  return (
    <section aria-labelledby="receipt-heading" className="panel">
      <h2 id="receipt-heading">{t('receipt.heading')}</h2>
      <form method="post" action={`/staff/cases/${encodeURIComponent(kase.number)}/receipt`}>
        <CsrfInput />
        <fieldset>
          <legend>{t('receipt.paper')}</legend>
          <label>
            <input type="radio" name="paper" value="A4" defaultChecked /> {t('receipt.a4')}
          </label>{' '}
          <label>
            <input type="radio" name="paper" value="A5" /> {t('receipt.a5')}
          </label>
        </fieldset>
        <p className="muted">{t('receipt.newCode')}</p>
        <button type="submit" className="button small">
          {t('receipt.print')}
        </button>
      </form>
    </section>
  );
}
