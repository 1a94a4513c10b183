/** What a receipt request may say, checked at the boundary (the staff form, the command line). */
import { z } from 'zod';
import { PAPER_SIZES } from './receipt.js';

export const receiptOptionsSchema = z.object({ paper: z.enum(PAPER_SIZES).default('A4') });
/** The paper, and the address the request came to (the QR code's fallback when PUBLIC_URL is unset). */
export type ReceiptOptions = z.infer<typeof receiptOptionsSchema> & { siteUrl?: string };
