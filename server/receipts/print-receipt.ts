/**
 * The front desk prints a receipt for a paper, walk-in or phone petition, in the petitioner's
 * language. The tracking code is stored only as a hash, so the receipt cannot repeat the code
 * given at registration: printing issues a new one (audited on the case), and the old one stops
 * working. Whoever may see the case may print it, and the registry for every case it registered
 * (auth/user.ts canPrintReceipt).
 */
import type { Actor } from '../auth/user.js';
import { loadCaseForReceipt, reissueTrackingCode } from '../cases/index.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { departmentName } from '../departments/department.js';
import { findDepartment } from '../departments/find-department.js';
import { DomainError } from '../errors.js';
import { formatLetterDate } from '../replies/format-date.js';
import type { ReceiptDeps } from './deps.js';
import { statusUrlFor, takesReceipt } from './receipt.js';
import { renderReceiptPdf } from './receipt-pdf.js';
import type { ReceiptOptions } from './receipt.schema.js';
import { RECEIPT_TEXTS } from './receipt-texts.js';

export interface PrintedReceipt {
  pdf: Uint8Array;
  filename: string;
  number: string;
}

export async function printReceipt(deps: ReceiptDeps, actor: Actor, caseNumber: string, options: ReceiptOptions): Promise<PrintedReceipt> {
  const kase = await loadCaseForReceipt(deps.db, actor, caseNumber);
  if (!takesReceipt(kase.channel)) {
    throw new DomainError('conflict', `a ${kase.channel} petition gets no receipt`, { i18nKey: 'receipt.notPaperCase' });
  }
  const department = await findDepartment(deps, kase.departmentId);
  const lang = kase.replyLanguage;
  const now = deps.clock.now();
  const { trackingCode } = await reissueTrackingCode(deps, actor, kase.number, 'receipt_printed');
  const date = (d: string) => formatLetterDate(d, lang);
  const pdf = await renderReceiptPdf(
    {
      lang,
      paper: options.paper,
      number: kase.number,
      receivedOn: date(vilniusDateOf(new Date(kase.receivedAt))),
      registeredOn: kase.registeredOn ? date(kase.registeredOn) : null,
      dueOn: kase.dueOn ? date(kase.dueOn) : null,
      department: department ? departmentName(department, lang) : null,
      trackingCode,
      ...statusUrlFor(deps.publicUrl ?? options.siteUrl ?? 'http://localhost', lang, kase.number),
      printedOn: date(vilniusDateOf(now)),
    },
    { now },
  );
  return { pdf, filename: RECEIPT_TEXTS[lang].fileName(kase.number), number: kase.number };
}
