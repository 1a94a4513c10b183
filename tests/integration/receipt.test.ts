/**
 * The front desk's receipt: one A4 or A5 page in the petitioner's language with the case's dates
 * and a new tracking code (the old one stops working, the trail says so without the code), and a
 * QR code that opens the status page with the case number only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vilniusDateOf } from '../../server/deadlines/calendar';
import { SERVED_LANGUAGES, type Lang } from '../../server/languages';
import { renderReceiptPdf } from '../../server/receipts/receipt-pdf';
import { RECEIPT_TEXTS } from '../../server/receipts/receipt-texts';
import { formatLetterDate } from '../../server/replies/format-date';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const SUBJECTS: Record<Lang, { subject: string; body: string }> = {
  lt: { subject: 'Vandens skaitiklio keitimas', body: 'Prašau pakeisti vandens skaitiklį mano bute.' },
  pl: { subject: 'Wymiana licznika wody', body: 'Proszę o wymianę licznika wody w mieszkaniu.' },
  ru: { subject: 'Замена счётчика воды', body: 'Прошу заменить счётчик воды в моей квартире.' },
  en: { subject: 'Water meter replacement', body: 'Please replace the water meter in my flat.' },
};

const CODE = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/;

function pdfText(dir: string, name: string, pdf: Uint8Array): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Page 1 at 150 dpi (pdftoppm), RGBA through sharp, the QR code read back with jsQR. */
async function decodeQr(dir: string, name: string, pdf: Uint8Array): Promise<string | null> {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, name)]);
  const png = path.join(dir, `${name}.png`);
  if (process.env.RECEIPT_PNG_DIR) fs.copyFileSync(png, path.join(process.env.RECEIPT_PNG_DIR, `${name}.png`));
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`receipts on ${db.name}`, () => {
    let desk: TestDesk;
    beforeAll(async () => {
      desk = await createTestDesk(db.name);
    });
    afterAll(async () => desk?.dispose());

    it.each(SERVED_LANGUAGES.map((lang) => [lang]))('a letter in %s: the dates, a new code that works, the old one that does not, the audit and the QR', async (lang) => {
      const clerk = await addStaff(desk, `water-${lang}@desk.test`, 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({
        ...samplePetition,
        ...SUBJECTS[lang],
        channel: 'letter',
        language: lang,
        petitioner: { name: 'Ona Petraitytė', email: null, phone: null, address: 'Gedimino pr. 1, Vilnius' },
      });
      const before = await desk.services.cases.getCaseForStaff(clerk, r.number);

      const receipt = await desk.services.receipts.printReceipt(clerk, r.number, { paper: 'A4', siteUrl: 'https://front-desk.example' });
      expect(receipt.filename).toBe(RECEIPT_TEXTS[lang].fileName(r.number));
      const text = pdfText(desk.dataDir, `receipt-${lang}`, receipt.pdf);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(RECEIPT_TEXTS[lang].title);
      expect(flat).toContain(r.number);
      expect(flat).toContain(formatLetterDate(vilniusDateOf(new Date(before.kase.receivedAt)), lang));
      expect(flat).toContain(formatLetterDate(r.registeredOn, lang));
      expect(flat).toContain(formatLetterDate(r.dueOn, lang));
      const code = CODE.exec(text)?.[0];
      expect(code).toBeDefined();
      expect(code).not.toBe(r.trackingCode);

      // The new code opens the case; the one given at registration no longer does.
      await expect(desk.services.cases.trackCase({ number: r.number, code: code!, clientKey: `new-${lang}` })).resolves.toMatchObject({ number: r.number });
      await expect(desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: `old-${lang}` })).rejects.toMatchObject({ code: 'not_found' });

      // Audited: who, why, and never the code.
      const after = await desk.services.cases.getCaseForStaff(clerk, r.number);
      const reissued = after.events.filter((e) => e.type === 'tracking_code_reissued');
      expect(reissued).toHaveLength(1);
      expect(reissued[0]).toMatchObject({ actorType: 'user', actorId: clerk.id, visibility: 'internal', data: { reason: 'receipt_printed' } });
      expect(JSON.stringify(after.events)).not.toContain(code!.replace(/-/g, ''));
      expect(JSON.stringify(after.events)).not.toContain(code!);
      expect(after.kase.status).toBe(before.kase.status);
      await expect(desk.services.cases.verifyAudit()).resolves.toMatchObject({ problems: [] });

      // The QR code opens the status page with the number, never the code.
      // Without PUBLIC_URL, the address the front desk reached the desk at.
      const expectedUrl = `${desk.services.config.publicUrl ?? 'https://front-desk.example'}/${lang}/status?number=${r.number}`;
      const decoded = await decodeQr(desk.dataDir, `receipt-${lang}`, receipt.pdf);
      expect(decoded).toBe(expectedUrl);
      expect(decoded).not.toContain(code!);

      // A second receipt replaces the first one's code in turn.
      const again = await desk.services.receipts.printReceipt(clerk, r.number, { paper: 'A5' });
      const second = CODE.exec(pdfText(desk.dataDir, `again-${lang}`, again.pdf))?.[0];
      expect(second).toBeDefined();
      await expect(desk.services.cases.trackCase({ number: r.number, code: code!, clientKey: `first-${lang}` })).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.trackCase({ number: r.number, code: second!, clientKey: `second-${lang}` })).resolves.toMatchObject({ number: r.number });
    });

    it('an A5 receipt is an A5 page (420 × 595 pt) whose QR code still reads', async () => {
      const manager = await addStaff(desk, 'a5-manager@desk.test', 'manager', null);
      const r = await desk.services.cases.registerPetition({ ...samplePetition, channel: 'letter', language: 'ru', ...SUBJECTS.ru });
      const receipt = await desk.services.receipts.printReceipt(manager, r.number, { paper: 'A5' });
      const pdf = await PDFDocument.load(receipt.pdf);
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect(width).toBeCloseTo(420, 0);
      expect(height).toBeCloseTo(595, 0);
      expect(await decodeQr(desk.dataDir, 'receipt-a5', receipt.pdf)).toMatch(new RegExp(`/ru/status\\?number=${r.number}$`));
    });

    it("another department's clerk gets not found, and the code stays as it was", async () => {
      const heating = await addStaff(desk, 'heating@desk.test', 'clerk', 'heating');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, channel: 'letter' });
      await expect(desk.services.receipts.printReceipt(heating, r.number, { paper: 'A4' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'heating' })).resolves.toMatchObject({ number: r.number });
    });

    it('a web petition gets no receipt: its code was shown on screen, and stays valid', async () => {
      const clerk = await addStaff(desk, 'web-clerk@desk.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, channel: 'web' });
      await expect(desk.services.receipts.printReceipt(clerk, r.number, { paper: 'A4' })).rejects.toMatchObject({ code: 'conflict', i18nKey: 'receipt.notPaperCase' });
      await expect(desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'web' })).resolves.toMatchObject({ number: r.number });
    });
  });
}

describe('a receipt for a case not registered yet', () => {
  it.each(SERVED_LANGUAGES.map((lang) => [lang]))('%s says the dates will be set at registration', async (lang) => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'receipt-'));
    try {
      const pdf = await renderReceiptPdf({
        lang, paper: 'A5', number: 'VLN-2026-000042', receivedOn: formatLetterDate('2026-03-07', lang), registeredOn: null, dueOn: null, department: null,
        trackingCode: '7K3M-Q9XD-2HTB-W4RE', statusUrl: `https://desk.example/${lang}/status?number=VLN-2026-000042`, statusPage: `https://desk.example/${lang}/status`,
        printedOn: formatLetterDate('2026-03-07', lang),
      });
      const flat = pdfText(dir, 'pending', pdf).replace(/\s+/g, ' ');
      expect(flat).toContain(RECEIPT_TEXTS[lang].registeredPending);
      expect(flat).toContain(RECEIPT_TEXTS[lang].duePending);
      expect(flat).toContain(RECEIPT_TEXTS[lang].nextPending);
      expect(flat).not.toContain(RECEIPT_TEXTS[lang].department);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
