import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

const run = deskAndBrowser();


describe('front desk and replies in Chromium', () => {
  it('a scan dropped on the front-desk page becomes a case whose text staff read beside the original', { timeout: 240_000 }, async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    // The front desk scans for every department: a manager's account, since the letter is routed by what it says.
    await signIn(page, run.desk.url, 'manager@desk.example');
    await page.goto(`${run.desk.url}/staff/intake`);
    await expectAccessible(page, 'front-desk');
    // Two files, two letters: one case each by default; the unreadable one is kept on its own case.
    await page.setInputFiles('#scan-files', [path.join(CORPUS, 'scans/dev-pl-civil-registry-2.scan.jpg'), path.join(CORPUS, 'badinputs/encrypted_userpw.pdf')]);
    const rows = page.locator('[data-testid=upload-row]');
    await rows.nth(1).locator('[data-testid=row-case-link]').waitFor({ timeout: 30_000 });
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).innerText()).resolves.toContain(text('lt', 'problem.encrypted'));
    const numbers = await page.locator('[data-testid=row-case-link]').allInnerTexts();
    expect(new Set(numbers).size).toBe(2);
    // The recent-intake list shows both, as they are worked out.
    await page.locator('[data-testid=recent-row]').nth(1).waitFor();
    await rows.first().locator('[data-testid=row-case-link]').click();
    await page.waitForURL(/\/staff\/cases\/VLN-/);
    // Live progress: the scan is read while the clerk watches (server-sent events).
    await page.locator('[data-testid=document][data-status=extracted]').first().waitFor({ timeout: 200_000 });
    await expectAccessible(page, 'scanned-case');
    // Once the text is read and analysed, the page reloads its facts by itself: the letter is Polish.
    await page.locator('.facts', { hasText: text('lt', 'language.pl') }).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=document][data-status=extracted] a', { hasText: text('lt', 'case.viewText') }).click();
    await page.waitForURL(/\/staff\/texts\//);
    await page.locator('.viewer-image img').waitFor();
    expect(await page.locator('.viewer-image img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
    await expect(page.inputValue('#page-text')).resolves.toMatch(/Vilni|Wilno|Urz|prosz/i);
    await page.click(`button:text-is("150%")`);
    await expectAccessible(page, 'original-beside-text');
    await context.close();
  });

  it('a clerk answers a Russian petition from a template, edits in Tiptap, previews, signs and sends; the resident downloads the Russian letter', async () => {
    // The resident writes in Russian on /ru and chooses a water topic.
    const resident = await run.browser.newPage();
    await resident.goto(`${run.desk.url}/ru/petition`);
    await resident.fill('input[name=name]', 'Ольга Смирнова');
    await resident.fill('input[name=email]', 'olga@example.com');
    await resident.selectOption('select[name=serviceSlug]', 'water-meters');
    await resident.fill('input[name=subject]', 'Замена счётчика воды');
    await resident.fill('textarea[name=body]', 'Здравствуйте! Прошу заменить счётчик холодной воды в квартире на ул. Ukmergės 20-7, он протекает.');
    await resident.check('input[name=consent]');
    await resident.click('form button[type=submit]');
    await resident.waitForSelector('[data-testid=case-number]');
    const number = (await resident.locator('[data-testid=case-number]').innerText()).trim();
    const code = (await resident.locator('[data-testid=tracking-code]').innerText()).trim();

    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'water@desk.example');
    await page.goto(`${run.desk.url}/staff/cases/${number}`);
    await page.selectOption('#templateId', 'water-meter-replacement');
    await page.click(`button:text-is("${text('lt', 'reply.write')}")`);
    await page.waitForURL(/\/staff\/replies\//);
    const editor = page.locator('.letter-body');
    await editor.waitFor();
    await expect(editor.innerText()).resolves.toContain('Уважаем');
    // Fill every bracketed field the template left for the clerk, then add a sentence.
    for (let i = 0; i < 10; i += 1) {
      const bracket = editor.locator('strong', { hasText: /^\[.*\]$/ }).first();
      if ((await bracket.count()) === 0) break;
      await bracket.dblclick();
      await bracket.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      });
      await page.keyboard.type('16 марта 2026 г.');
    }
    await editor.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Мастер позвонит вам заранее.');
    await page.locator('[data-testid=autosave]', { hasText: text('lt', 'reply.saved') }).waitFor({ timeout: 15_000 });
    const preview = await context.request.get(`${run.desk.url}${await page.locator('.preview iframe').getAttribute('src')}`);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    expect((await preview.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'reply-editor');
    await page.click(`button:text-is("${text('lt', 'reply.signAndSend')}")`);
    await page.waitForURL(/\/staff\/cases\/.*\?sent=email/);
    await page.locator('.flash', { hasText: text('lt', 'reply.sentByEmail') }).waitFor();

    // The resident looks the case up in Russian and downloads the signed Russian letter.
    await resident.goto(`${run.desk.url}/ru/status`);
    await resident.fill('input[name=number]', number);
    await resident.fill('input[name=code]', code);
    await resident.click('form button[type=submit]');
    await resident.waitForSelector('[data-testid=reply-download]');
    await expect(resident.locator('[data-testid=case-status]').innerText()).resolves.toBe(text('ru', 'status.answered'));
    const [download] = await Promise.all([resident.waitForEvent('download'), resident.click('[data-testid=reply-download]')]);
    const file = path.join(run.desk.dataDir, 'downloaded.pdf');
    await download.saveAs(file);
    const { execFileSync } = await import('node:child_process');
    const pdfText = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Мастер позвонит вам заранее.');
    expect(pdfText).toContain(number);
    const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid');
    await context.close();
    await resident.close();
  });
});
