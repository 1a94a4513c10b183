/**
 * What a reply letter says, already rendered into the reply language: the layout decides
 * only where things go, never what they say (texts come from templates/ and the case).
 */
import type { Lang } from '../../languages.js';
import type { AddressWindow } from './address-window.js';

export interface LetterContent {
  lang: Lang;
  /** PDF document title (shown in the reader's title bar), e.g. "Atsakymas į prašymą VLN-2026-000123". */
  documentTitle: string;
  letterhead: {
    /** The municipality or the company that answers, in the reply language. */
    institution: string;
    addressLines: string[];
    /** Phone, e-mail, web, company code: one short item each. */
    contacts: string[];
  };
  /** Our registration number, e.g. the case number and a letter sequence "VLN-2026-000123/1". */
  ourNumber: string;
  /** Already formatted in the reply language ("2026-03-04", "4 marca 2026 r."). */
  date: string;
  /** The reference to their petition as a whole line ("Į 2026-03-02 prašymą Nr. VLN-2026-000123"). */
  theirReference?: string | null;
  recipient: { name: string; addressLines: string[]; email?: string | null };
  /**
   * A letter that goes by post: the recipient and our return line in the window envelope's address
   * field, date and numbers beside it (address-window.ts). Absent: the e-mail layout.
   */
  addressWindow?: AddressWindow | null;
  /** The letter's subject line, printed in bold above the body. */
  title: string;
  /**
   * Sanitised editor HTML: p, h2, h3, strong/b, em/i, u, s, ul/ol/li, a, table/thead/tbody/tr/th/td, br.
   * Anything else is rendered as its text.
   */
  bodyHtml: string;
  signature: { name: string; title: string; department: string };
}
