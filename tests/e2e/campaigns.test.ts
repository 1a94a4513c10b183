/**
 * A campaign in Chromium, on the demo desk (whose data has residents who copied one text, five in
 * Lithuanian and two in Polish): the desk found the campaign as the letters came; the transport clerk
 * sees the other copies as similar cases; the manager, on a 390 px phone, opens the campaign, adds the
 * Polish copies by number, answers all seven with one reply written once per language, and watches each
 * letter go out, each in its petitioner's language with their own salutation. axe clean throughout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createServices } from '../../server/services';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const run = deskAndBrowser();
const PHONE = { width: 390, height: 844 };

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `the page is ${widths.scroll} px wide`).toBeLessThanOrEqual(PHONE.width);
}

describe('campaigns in Chromium', () => {
  it('a campaign of identical petitions is answered with one reply, each letter in its petitioner\'s language', async () => {
    const services = createServices(loadConfig(run.desk.env));
    const users = await services.auth.listUsers({ id: 'e2e', role: 'admin', departmentId: null, name: 'e2e' });
    const manager = users.find((u) => u.email === 'manager@desk.example')!;
    // The running desk indexes every registered letter (its event dispatcher) and puts the copies together,
    // one letter at a time: wait until all seven are in, not only until both campaigns exist.
    const sizes = async () => (await services.duplicates.listCampaigns(manager)).campaigns.map((c) => c.members).sort((a, b) => a - b);
    await expect.poll(sizes, { timeout: 30_000, interval: 250 }).toEqual([2, 5]);
    const { campaigns } = await services.duplicates.listCampaigns(manager);
    const lithuanian = campaigns.find((c) => c.languages.some((l) => l.language === 'lt'))!;
    const polish = campaigns.find((c) => c.id !== lithuanian.id)!;
    expect(lithuanian).toMatchObject({ members: 5, open: 5 });
    expect(polish).toMatchObject({ members: 2, languages: [{ language: 'pl', count: 2 }] });
    const ltNumbers = (await services.duplicates.getCampaign(manager, lithuanian.id)).list.map((m) => m.number);
    const plNumbers = (await services.duplicates.getCampaign(manager, polish.id)).list.map((m) => m.number);

    // The clerk's case page: the other copies, as the same text, and the campaign it is part of.
    const clerkPage = await run.browser.newPage();
    await signIn(clerkPage, run.desk.url, 'transport@desk.example');
    await clerkPage.goto(`${run.desk.url}/staff/cases/${ltNumbers[0]}`);
    const similar = await clerkPage.locator('[data-testid=similar-table]').innerText();
    for (const n of ltNumbers.slice(1)) expect(similar).toContain(n);
    expect(similar).toContain(text('lt', 'similar.likeness.same_text').replace(' ({{percent}} %)', ''));
    await expect(clerkPage.locator('[data-testid=similar-campaign]').innerText()).resolves.toContain('5');
    await expectAccessible(clerkPage, 'similar-cases');
    await clerkPage.close();

    const context = await run.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'manager@desk.example');
    await page.click(`nav a:text-is("${text('lt', 'nav.campaigns')}")`);
    await page.waitForSelector('[data-testid=campaigns-table]');
    await noSidewaysScroll(page);
    await expectAccessible(page, 'campaigns-phone');
    await page.click(`[data-testid=campaigns-table] a[href="/staff/campaigns/${lithuanian.id}"]`);
    await page.waitForSelector('[data-testid=campaign-members]');
    await expect(page.locator('[data-testid=campaign-members] tbody tr').count()).resolves.toBe(5);

    // The Polish version is not the same text to the desk: the manager adds its copies by number.
    for (const n of plNumbers) {
      await page.fill('#campaign-add', n);
      await page.click(`button:text-is("${text('lt', 'campaigns.add')}")`);
      await page.locator('.flash', { hasText: text('lt', 'campaigns.added') }).waitFor();
    }
    await expect.poll(() => page.locator('[data-testid=campaign-members] tbody tr').count()).toBe(7);

    // One reply: the template, then the decision once in each language the letters are answered in.
    await page.selectOption('#campaign-template', 'decision-positive');
    await page.click(`button:text-is("${text('lt', 'campaigns.reply.choose')}")`);
    await page.waitForSelector('[data-testid=campaign-reply-form]');
    await expect(page.locator('[data-testid=campaign-reply-form] fieldset').count()).resolves.toBe(2);
    await page.fill('#text-lt-decision_text', 'Nuspręsta 3G maršrutą išsaugoti darbo dienomis; susitikimas su gyventojais vyks seniūnijoje.');
    await page.fill('#text-pl-decision_text', 'Postanowiono zachować linię 3G w dni robocze; spotkanie z mieszkańcami odbędzie się w starostwie.');
    await noSidewaysScroll(page);
    await expectAccessible(page, 'campaign-reply-form-phone');
    await page.click('[data-testid=campaign-reply-form] button[type=submit]');
    await page.waitForSelector('[data-testid=campaign-letters]');
    // The letters are written and sent by the desk's jobs; the page follows them until all are out.
    const sent = text('lt', 'campaigns.outcome.sent');
    await expect
      .poll(async () => (await page.locator('[data-testid=campaign-letters] tbody tr td:nth-child(4)').allInnerTexts()).filter((o) => o.startsWith(sent)).length, { timeout: 60_000, interval: 500 })
      .toBe(7);
    await noSidewaysScroll(page);
    await expectAccessible(page, 'campaign-answered-phone');

    for (const n of [...ltNumbers, ...plNumbers]) {
      const replies = await services.replies.listCaseReplies(manager, n);
      expect(replies).toHaveLength(1);
      const pl = plNumbers.includes(n);
      expect(replies[0]).toMatchObject({ status: 'sent', language: pl ? 'pl' : 'lt' });
      expect(replies[0].bodyHtml).toContain(pl ? 'Postanowiono zachować linię 3G' : 'Nuspręsta 3G maršrutą išsaugoti');
      expect(replies[0].bodyHtml).toMatch(pl ? /^<p>Szanown(a Pani|y Panie),<\/p>/ : /^<p>Gerbiam(oji|asis) /);
      expect((await services.cases.getCaseForStaff(manager, n)).kase.status).toBe('answered');
    }
    await services.close();
    await context.close();
  });
});
