/** What the receipts slice needs; built once in services.ts. */
import type { CaseDeps } from '../cases/deps.js';

export interface ReceiptDeps extends CaseDeps {
  /**
   * Where residents reach the desk (PUBLIC_URL): the QR code and the printed address point there.
   * Unset, the address the front desk itself reached the desk at is used (printReceipt's siteUrl).
   */
  publicUrl: string | undefined;
}
