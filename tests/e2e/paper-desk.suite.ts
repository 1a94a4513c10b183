/**
 * The front desk as a registry office, in Chromium: a morning's post of four letters from four
 * people in four languages becomes four cases, each with its sender read from the letter; a clerk
 * corrects an address in the case's facts; a walk-in petition is typed in and registered at once,
 * its receipt printed (the QR code opens the status page), its answer signed, posted by the registry
 * from the dispatch list, and the resident sees when it was posted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const SCANS = path.resolve(import.meta.dirname, '../../../shared/corpus/scans');


/** The receipt's text and the URL its QR code holds (page 1 rendered by pdftoppm, read by jsQR). */
async function readReceipt(file: string): Promise<{ text: string; qr: string | null }> {
  const receiptText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  const { data, info } = await sharp(file.replace(/\.pdf$/, '.png')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const qr = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
  return { text: receiptText, qr };
}

/** Fills every bracketed gap a template leaves for the clerk. */
async function fillGaps(page: Page, words: string): Promise<void> {
  const editor = page.locator('.letter-body');
  await editor.waitFor();
  for (let i = 0; i < 10; i += 1) {
    const bracket = editor.locator('strong', { hasText: /^\[.*\]$/ }).first();
    if ((await bracket.count()) === 0) break;
    await bracket.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.type(words);
  }
}

/** A walk-in petitioner in each language: what they say, and the sentence the clerk adds to the answer. */
const WALK_INS = [
  { lang: 'lt', name: 'Petras Kazlauskas', subject: 'Dėl karšto vandens tiekimo', body: 'Jau savaitę name Ukmergės g. 241 nėra karšto vandens. Prašau išsiaiškinti priežastį ir atnaujinti tiekimą.', sentence: 'Karšto vandens tiekimas bus atnaujintas per dvi dienas.' },
  { lang: 'pl', name: 'Halina Wiśniewska', subject: 'Brak ciepłej wody', body: 'Od tygodnia w budynku przy Ukmergės g. 241 nie ma ciepłej wody. Proszę o wyjaśnienie przyczyny i przywrócenie dostaw.', sentence: 'Dostawy ciepłej wody zostaną przywrócone w ciągu dwóch dni.' },
  { lang: 'ru', name: 'Ольга Смирнова', subject: 'Нет горячей воды', body: 'Уже неделю в доме на Ukmergės g. 241 нет горячей воды. Прошу выяснить причину и восстановить подачу.', sentence: 'Подача горячей воды будет восстановлена в течение двух дней.' },
  { lang: 'en', name: 'Jane Walker', subject: 'No hot water', body: 'For a week there has been no hot water in the building at Ukmergės g. 241. Please find out why and restore the supply.', sentence: 'The hot water supply will be restored within two days.' },
] as const;

/** Four letters, four languages, four senders (the names are on the letters). */
const LETTERS = [
  { file: 'dev-lt-heating-2.clean.png', name: 'Raimundas Jurevičius' },
  { file: 'dev-pl-water-3.clean.png', name: 'Józef Giedrojć' },
  { file: 'dev-ru-archive-2.clean.png', name: 'Marina Belova' },
  { file: 'dev-en-housing-1.clean.png', name: 'Yusuf Demir' },
];

/**
 * The suite on one database; paper-desk.test.ts runs it on SQLite and paper-desk.postgres.test.ts on
 * PostgreSQL, where a separate `desk worker` reads the letters, as on a second machine. Two files, so
 * that the browser tests' two workers share the paper desk's minutes.
 */
export function paperDeskSuite(database: 'sqlite' | 'postgres'): void {
  describe(`the paper desk in Chromium on ${database}`, () => {
    const run = deskAndBrowser({ database });
    it('a batch of four letters becomes four cases with their senders read from the letters; a clerk corrects an address', { timeout: 300_000 }, async () => {
      const context = await run.browser.newContext();
      const page = await context.newPage();
      await signIn(page, run.desk.url, 'registry@desk.example');
      await page.goto(`${run.desk.url}/staff/intake`);
      await expectAccessible(page, 'paper-front-desk');
      await page.setInputFiles('#scan-files', LETTERS.map((l) => path.join(SCANS, l.file)));
      const rows = page.locator('[data-testid=upload-row]');
      await rows.nth(3).locator('[data-testid=row-case-link]').waitFor({ timeout: 60_000 });
      const numbers = await page.locator('[data-testid=row-case-link]').allInnerTexts();
      expect(new Set(numbers).size).toBe(4);

      // The recent-intake list follows the reading until every letter is read and analysed.
      const recent = page.locator('[data-testid=recent-row]');
      await expect.poll(async () => page.locator('[data-testid=recent-row][data-reading=no]').count(), { timeout: 240_000, interval: 2_000 }).toBe(4);
      const table = await page.locator('[data-testid=recent-intake]').innerText();
      for (const letter of LETTERS) expect(table).toContain(letter.name);
      expect(await recent.count()).toBe(4);
      await expectAccessible(page, 'paper-recent-intake');
      await context.close();

      // A manager opens the Lithuanian letter's case: its facts were read from the letter, to be confirmed.
      const managerContext = await run.browser.newContext();
      const manager = await managerContext.newPage();
      await signIn(manager, run.desk.url, 'manager@desk.example');
      await manager.goto(`${run.desk.url}/staff/cases/${numbers[0]}`);
      const facts = manager.locator('[data-testid=facts-panel]');
      await expect(facts.locator('details').getAttribute('open')).resolves.not.toBeNull();
      await expect(manager.inputValue('#fact-name')).resolves.toBe(LETTERS[0].name);
      await manager.locator('[data-testid=from-letter-address]').waitFor();
      await expectAccessible(manager, 'paper-case-facts');
      await manager.fill('#fact-address', 'Taikos g. 141-1, LT-05214 Vilnius');
      await manager.click(`[data-testid=facts-form] button[type=submit]`);
      await manager.locator('.flash', { hasText: text('lt', 'facts.saved') }).waitFor();
      await expect(manager.inputValue('#fact-address')).resolves.toBe('Taikos g. 141-1, LT-05214 Vilnius');
      // Confirmed: nothing is marked as read from the letter any more, and the change is on the trail.
      await expect.poll(() => manager.locator('[data-testid^=from-letter-]').count(), { timeout: 10_000 }).toBe(0);
      await manager.locator('.timeline', { hasText: text('lt', 'event.facts_changed') }).waitFor();
      await managerContext.close();
    });

    it('a walk-in petition is typed in, registered at once, and its code shown once', async () => {
      const context = await run.browser.newContext();
      const page = await context.newPage();
      await signIn(page, run.desk.url, 'registry@desk.example');
      await page.goto(`${run.desk.url}/staff/intake/walk-in`);
      await expectAccessible(page, 'paper-walk-in');
      // An empty form is answered with its errors, focused for a screen reader.
      await page.click('[data-testid=walk-in-submit]');
      await page.locator('.error-summary').waitFor();
      await page.check('#channel-in_person');
      await page.fill('#f-name', 'Halina Wiśniewska');
      await page.fill('#f-address', 'Kalvarijų g. 98-12, LT-08211 Vilnius');
      await page.selectOption('#f-language', 'pl');
      await page.selectOption('#f-kind', 'complaint');
      await page.fill('#f-subject', 'Nieodśnieżony chodnik');
      await page.fill('#f-body', 'Od tygodnia chodnik przy ul. Kalvarijų 98 nie jest odśnieżany. Proszę o interwencję.');
      await page.click('[data-testid=walk-in-submit]');
      await page.locator('[data-testid=case-number]').waitFor({ timeout: 10_000 }).catch(async (e) => {
        throw new Error(`${e}\n${await page.locator('main').innerText()}`);
      });
      expect(await page.locator('[data-testid=case-number]').innerText()).toMatch(/^VLN-\d{4}-\d{6}$/);
      expect((await page.locator('[data-testid=tracking-code]').innerText()).trim().length).toBeGreaterThan(8);
      await expectAccessible(page, 'paper-walk-in-registered');
      await context.close();
    });

    // Every language on SQLite; on PostgreSQL one (the database's part is the same in each).
    it.each(database === 'sqlite' ? WALK_INS : WALK_INS.filter((w) => w.lang === 'ru'))('a walk-in petitioner ($lang) takes a receipt whose QR opens the status page; the answer goes by post and the resident sees when it was posted', { timeout: 180_000 }, async (walkIn) => {
      const desk = await run.browser.newContext({ acceptDownloads: true });
      const page = await desk.newPage();
      await signIn(page, run.desk.url, 'registry@desk.example');
      await page.goto(`${run.desk.url}/staff/intake/walk-in`);
      await page.check('#channel-in_person');
      await page.fill('#f-name', walkIn.name);
      await page.fill('#f-address', 'Ukmergės g. 241-87, LT-09214 Vilnius');
      await page.selectOption('#f-language', walkIn.lang);
      await page.fill('#f-subject', walkIn.subject);
      await page.fill('#f-body', walkIn.body);
      await page.click('[data-testid=walk-in-submit]');
      await page.locator('[data-testid=case-number]').waitFor();
      const number = (await page.locator('[data-testid=case-number]').innerText()).trim();
      const firstCode = (await page.locator('[data-testid=tracking-code]').innerText()).trim();

      // The receipt, printed at the counter: a new code, and a QR code to the status page without it.
      await page.check('input[name=paper][value=A5]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button:text-is("${text('lt', 'receipt.print')}")`)]);
      const file = path.join(run.desk.dataDir, `receipt-${walkIn.lang}.pdf`);
      await download.saveAs(file);
      const receipt = await readReceipt(file);
      expect(receipt.text).toContain(number);
      expect(receipt.qr).toBe(`${run.desk.url}/${walkIn.lang}/status?number=${number}`);
      const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}(?:-[0-9A-Z]{4})*/.exec(receipt.text)?.[0];
      expect(code).toBeTruthy();
      expect(code).not.toBe(firstCode);
      fs.copyFileSync(file.replace(/\.pdf$/, '.png'), path.resolve(import.meta.dirname, `../../test-results/paper-receipt-a5-${walkIn.lang}.png`));

      // A manager answers; the letter is signed and goes by post, not by e-mail.
      const staff = await run.browser.newContext();
      const manager = await staff.newPage();
      await signIn(manager, run.desk.url, 'manager@desk.example');
      await manager.goto(`${run.desk.url}/staff/cases/${number}`);
      await expect(manager.inputValue('#fact-delivery')).resolves.toBe('post');
      await manager.click(`button:text-is("${text('lt', 'reply.write')}")`);
      await manager.waitForURL(/\/staff\/replies\//);
      await fillGaps(manager, '2026 m. gruodžio 9 d.');
      await manager.locator('.letter-body p').last().click();
      await manager.keyboard.press('End');
      await manager.keyboard.press('Enter');
      await manager.keyboard.type(walkIn.sentence);
      await manager.locator('[data-testid=autosave]', { hasText: text('lt', 'reply.saved') }).waitFor({ timeout: 15_000 });
      await manager.click(`button:text-is("${text('lt', 'reply.signAndSend')}")`);
      await manager.waitForURL(/\/staff\/cases\/.*\?sent=post/);
      await manager.locator('.flash', { hasText: text('lt', 'dispatch.sentByPost') }).waitFor();
      await staff.close();

      // The registry finds it on the dispatch list, prints the day's letters and records the posting.
      await page.goto(`${run.desk.url}/staff/dispatch`);
      await expectAccessible(page, 'paper-dispatch');
      const row = page.locator('[data-testid=dispatch-row]', { hasText: number });
      await row.waitFor();
      await expect(row.innerText()).resolves.toContain('Ukmergės g. 241-87');
      const print = await desk.request.get(`${run.desk.url}/staff/dispatch/pdf`);
      expect(print.headers()['content-type']).toBe('application/pdf');
      const registered = `RR12345678${WALK_INS.indexOf(walkIn)}LT`;
      await row.locator('input[name=registeredMailNumber]').fill(registered);
      await row.locator('button[type=submit]').click();
      await page.locator('[data-testid=dispatch-row]', { hasText: registered }).waitFor();
      await desk.close();

      // The resident, with the number and the receipt's code, sees that the answer was posted (and no download link).
      const resident = await run.browser.newPage();
      await resident.goto(`${run.desk.url}/${walkIn.lang}/status?number=${number}`);
      await resident.fill('input[name=number]', number);
      await resident.fill('input[name=code]', code!);
      await resident.click('main form button[type=submit]');
      await resident.locator('[data-testid=reply-posted]').waitFor();
      await expect(resident.locator('[data-testid=reply-posted]').innerText()).resolves.toContain(registered);
      await expect(resident.locator('[data-testid=reply-download]').count()).resolves.toBe(0);
      await expect(resident.locator('[data-testid=reply-posted]').innerText()).resolves.toContain(text(walkIn.lang, 'track.postedOn').split('{{')[0].trim());
      await expectAccessible(resident, `paper-status-posted-${walkIn.lang}`);
      await resident.close();
    });

    it('a scanned stack of two letters is split into two cases; a second letter about the same matter is merged, and a manager undoes it', { timeout: 240_000 }, async () => {
      // Two one-page scans in one PDF, as a scanner's feeder makes them.
      const stack = await PDFDocument.create();
      for (const name of ['dev-lt-water-3.scan.pdf', 'dev-pl-housing-1.scan.pdf']) {
        const source = await PDFDocument.load(fs.readFileSync(path.join(SCANS, name)));
        for (const copied of await stack.copyPages(source, source.getPageIndices())) stack.addPage(copied);
      }
      const file = path.join(run.desk.dataDir, 'stack.pdf');
      fs.writeFileSync(file, await stack.save());

      const context = await run.browser.newContext();
      const page = await context.newPage();
      await signIn(page, run.desk.url, 'manager@desk.example');
      await page.goto(`${run.desk.url}/staff/intake`);
      await page.setInputFiles('#scan-files', [file]);
      await page.locator('[data-testid=row-case-link]').waitFor({ timeout: 60_000 });
      const number = (await page.locator('[data-testid=row-case-link]').innerText()).trim();
      await page.goto(`${run.desk.url}/staff/cases/${number}`);
      await page.locator('[data-testid=split-link]').click();
      await page.waitForURL(/\/split$/);
      await expectAccessible(page, 'paper-split');
      await page.check('#start-2');
      await page.click(`main button:text-is("${text('lt', 'split.submit')}")`);
      await page.waitForURL(/\?split=VLN-/);
      const newNumber = /split=([A-Z]{3}-\d{4}-\d{6})/.exec(page.url())![1];
      expect(newNumber).not.toBe(number);
      await expect(page.locator('.flash').innerText()).resolves.toContain(newNumber);

      // The second half is a case of its own, with one page.
      await page.goto(`${run.desk.url}/staff/cases/${newNumber}`);
      await page.locator('[data-testid=document]').first().waitFor();
      await page.locator('.timeline', { hasText: text('lt', 'event.split_from') }).waitFor();

      // Merged into the first: its documents move there, and it says where it went.
      await page.fill('#merge-into', number);
      await page.click(`button:text-is("${text('lt', 'merge.submit')}")`);
      await page.locator('.flash', { hasText: text('lt', 'merge.done') }).waitFor();
      await page.locator('.notice', { hasText: text('lt', 'merge.mergedInto') }).waitFor();
      await expectAccessible(page, 'paper-merged');
      await page.goto(`${run.desk.url}/staff/cases/${number}`);
      await expect.poll(() => page.locator('[data-testid=document]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      await page.locator('.timeline', { hasText: text('lt', 'event.case_merged') }).waitFor();

      // The manager undoes it: the merged case stands again with its own document.
      await page.goto(`${run.desk.url}/staff/cases/${newNumber}`);
      await page.click(`button:text-is("${text('lt', 'merge.undo')}")`);
      await page.locator('.flash', { hasText: text('lt', 'merge.undone') }).waitFor();
      // (the page's data is revalidated after the flash shows)
      await expect.poll(() => page.locator('.notice', { hasText: text('lt', 'merge.mergedInto') }).count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => page.locator('[data-testid=document]').count(), { timeout: 10_000 }).toBe(1);
      await context.close();
    });
  });
}
