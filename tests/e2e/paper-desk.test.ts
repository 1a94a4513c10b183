/**
 * The front desk as a registry office, in Chromium: a morning's post of four letters from four
 * people in four languages becomes four cases, each with its sender read from the letter; a clerk
 * corrects an address in the case's facts; a walk-in petition is typed in and registered at once.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const SCANS = path.resolve(import.meta.dirname, '../../../shared/corpus/scans');

const run = deskAndBrowser();

/** Four letters, four languages, four senders (the names are on the letters). */
const LETTERS = [
  { file: 'dev-lt-heating-2.clean.png', name: 'Raimundas Jurevičius' },
  { file: 'dev-pl-water-3.clean.png', name: 'Józef Giedrojć' },
  { file: 'dev-ru-archive-2.clean.png', name: 'Marina Belova' },
  { file: 'dev-en-housing-1.clean.png', name: 'Yusuf Demir' },
];

describe('the paper desk in Chromium', () => {
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
});
