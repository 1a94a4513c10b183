/**
 * The clerk's workbench in Chromium: views with counts, filters, a bulk assignment, a saved view,
 * a new petition appearing without a reload, the CSV export, and the card layout on a phone — axe
 * clean throughout.
 */
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const run = deskAndBrowser();

describe('the inbox in Chromium', () => {
  it('a clerk filters, assigns a selection to herself, saves the view, and sees a new petition arrive', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'water@desk.example');
    await page.goto(`${run.desk.url}/staff`);
    const rows = page.locator('table.cases tbody tr');
    const before = await rows.count();
    expect(before).toBeGreaterThanOrEqual(3);
    // The department tab's count is the number of its open cases.
    await expect(page.locator('.tabs a[aria-current=page] .count').innerText()).resolves.toBe(`(${before})`);
    await expectAccessible(page, 'inbox-clerk');

    // Filter by language: Polish only.
    await page.locator('details.filters > summary').click();
    await page.selectOption('#filter-language', 'pl');
    await page.click(`form[role=search] button:text-is("${text('lt', 'inbox.searchButton')}")`);
    await page.waitForURL(/language=pl/);
    // Remix navigates in the page: wait until the table shows the filtered rows.
    await expect.poll(() => rows.count()).toBeLessThan(before);
    const polish = await rows.count();
    expect(polish).toBeGreaterThanOrEqual(1);
    expect(polish).toBeLessThan(before);
    for (const cell of await page.locator('table.cases tbody td[data-label]:nth-child(5)').allInnerTexts()) expect(cell).toBe(text('lt', 'language.pl'));

    // Save it as a view, then find it again.
    await page.fill('#saved-name', 'Lenkiškos');
    await page.click(`button:text-is("${text('lt', 'inbox.saved.save')}")`);
    await page.locator('[role=status]', { hasText: text('lt', 'inbox.saved.done') }).waitFor();
    await page.goto(`${run.desk.url}/staff`);
    await page.click('.saved-views a:text-is("Lenkiškos")');
    await page.waitForURL(/language=pl/);
    await expect.poll(() => rows.count()).toBe(polish);

    // Select every case of the view by keyboard and assign them to me.
    await page.goto(`${run.desk.url}/staff`);
    await page.locator('#select-all').focus();
    await page.keyboard.press('Space');
    await page.selectOption('#bulk-action', 'assign');
    await page.selectOption('#bulk-assignee', 'me');
    await page.click(`button:text-is("${text('lt', 'inbox.bulk.apply')}")`);
    const result = page.locator('[role=status]').filter({ hasText: /\d/ });
    await result.waitFor();
    await page.goto(`${run.desk.url}/staff?view=mine`);
    expect(await rows.count()).toBe(before);
    await expect(page.locator('.tabs a[aria-current=page] .count').innerText()).resolves.toBe(`(${before})`);

    // A resident writes about water; the clerk's open inbox shows it without a reload.
    await page.goto(`${run.desk.url}/staff?sort=received`);
    const resident = await run.browser.newPage();
    await resident.goto(`${run.desk.url}/lt/petition`);
    await resident.fill('input[name=name]', 'Gražina Vandenytė');
    await resident.fill('input[name=subject]', 'Vandens skaitiklio patikra');
    await resident.fill('textarea[name=body]', 'Prašau patikrinti vandens skaitiklį mano bute, nes jis rodo per daug suvartoto vandens. Karštas ir šaltas vanduo.');
    await resident.check('input[name=consent]');
    await resident.click('form button[type=submit]');
    await resident.waitForSelector('[data-testid=case-number]');
    const number = (await resident.locator('[data-testid=case-number]').innerText()).trim();
    await page.locator(`table.cases a:text-is("${number}")`).waitFor({ timeout: 30_000 });
    await resident.close();

    // Search: another form of the word finds it (stemmed), with the hit highlighted; so does the number's tail.
    await page.fill('#q', 'skaitiklio');
    await page.click(`form[role=search] button:text-is("${text('lt', 'inbox.searchButton')}")`);
    await page.waitForURL(/q=skaitiklio/);
    const hit = page.locator('table.cases tbody tr', { has: page.locator(`a:text-is("${number}")`) });
    await hit.waitFor();
    await expect(hit.locator('.snippet mark').first().innerText()).resolves.toMatch(/skaitikl/i);
    await expectAccessible(page, 'inbox-search');
    await page.goto(`${run.desk.url}/staff?q=${number.slice(-6)}`);
    await expect(page.locator('table.cases tbody tr').first().locator('a').first().innerText()).resolves.toBe(number);

    // The export carries the same rows as the view, as CSV.
    const csv = await page.request.get(`${run.desk.url}/staff/inbox.csv?view=department`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    // Streamed at the socket's pace, not gzip'd ahead of it (the browser asks for gzip).
    expect(csv.headers()['cache-control']).toBe('no-store, no-transform');
    expect(csv.headers()['content-encoding']).toBeUndefined();
    const body = await csv.text();
    expect(body).toContain(number);
    await context.close();
  });

  it('on a 390 px phone the inbox is a list of cards with no sideways scrolling', async () => {
    const context = await run.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'manager@desk.example');
    await page.goto(`${run.desk.url}/staff?status=any`);
    await page.locator('table.cases tbody tr').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    const display = await page.locator('table.cases tbody tr').first().evaluate((el) => getComputedStyle(el).display);
    expect(display).toBe('block');
    await expectAccessible(page, 'inbox-phone');
    await context.close();
  });
});
