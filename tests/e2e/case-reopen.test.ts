/**
 * The case page in Chromium on a 390 px phone: a clerk sees the language and routing with their confidence,
 * reopens an answered case with a reason and sees the new term and the rule that set it, and links a related
 * case, which both cases then show; the petitioner's other case (same e-mail) is listed too. axe clean, and
 * the page never scrolls sideways.
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

async function submitPetition(page: Page, subject: string, body: string): Promise<string> {
  await page.goto(`${run.desk.url}/pl/petition`);
  await page.fill('input[name=name]', 'Anna Kowalska');
  await page.fill('input[name=email]', 'anna.kowalska@example.pl');
  await page.fill('input[name=subject]', subject);
  await page.fill('textarea[name=body]', body);
  await page.check('input[name=consent]');
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=case-number]');
  return (await page.locator('[data-testid=case-number]').innerText()).trim();
}

describe('the case page in Chromium', () => {
  it('a clerk reopens an answered case, sees the new term and its rule, links a related case, at 390 px', async () => {
    // The first letter comes by e-mail, so the desk detects its language; the second through the web form, same e-mail.
    const services = createServices(loadConfig(run.desk.env));
    const raw = Buffer.from(
      [
        'From: Anna Kowalska <anna.kowalska@example.pl>',
        'To: kanceliarija@vilnius.lt',
        'Subject: Wymiana licznika wody',
        'Message-ID: <reopen-e2e-1@example.pl>',
        'Date: Mon, 02 Mar 2026 08:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Dzień dobry, proszę o wymianę licznika wody w moim mieszkaniu przy ul. Wileńskiej 5 w Wilnie.',
        'Licznik wody jest uszkodzony i od miesiąca nie pokazuje zużycia wody. Proszę o pilny kontakt.',
        '',
        'Z poważaniem, Anna Kowalska',
        '',
      ].join('\r\n'),
    );
    const ingested = await services.intake.ingestEmail(raw, 'cli');
    expect(ingested.outcome).toBe('new_case');
    const first = ingested.caseNumber!;
    const users = await services.auth.listUsers({ id: 'e2e', role: 'admin', departmentId: null, name: 'e2e' });
    const clerk = users.find((u) => u.email === 'water@desk.example')!;
    const manager = users.find((u) => u.email === 'manager@desk.example')!;
    // The running desk reads and analyses it (its own job runner).
    await expect.poll(async () => (await services.cases.getCaseForStaff(manager, first)).kase.status, { timeout: 30_000, interval: 250 }).not.toBe('received');

    const resident = await run.browser.newPage();
    const second = await submitPetition(resident, 'Licznik wody nadal nie działa', 'Piszę ponownie w sprawie licznika wody: po wymianie licznik wody nadal nie pokazuje zużycia.');
    await resident.close();

    // The case is answered by the water clerk (as the desk would after a reply), through the desk's own use cases.
    for (const number of [first, second]) {
      const view = await services.cases.getCaseForStaff(manager, number);
      if (view.kase.departmentId !== 'water') await services.cases.routeCaseToDepartment(manager, number, 'water');
    }
    await services.cases.assignCase(clerk, first, clerk.id);
    await services.cases.changeCaseStatus(clerk, first, 'in_progress');
    await services.cases.changeCaseStatus(clerk, first, 'answered');

    const context = await run.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'water@desk.example');
    await page.goto(`${run.desk.url}/staff/cases/${first}`);

    // Language and routing in words, with the detector's and the router's confidence.
    await expect(page.locator('[data-testid=language-confidence]').innerText()).resolves.toMatch(/^Kalba: lenkų \(patikimumas \d{1,3} %\)$/);
    await expect(page.locator('[data-testid=routing-origin]').innerText()).resolves.toMatch(/Nukreipta|Automatiškai nukreipta/);
    await expect(page.locator('[data-testid=confidence-panel] li').count()).resolves.toBeGreaterThan(0);
    // The same petitioner's other case, found by the e-mail.
    await expect(page.locator('[data-testid=related-same-petitioner]').innerText()).resolves.toContain(second);
    await noSidewaysScroll(page);
    await expectAccessible(page, 'case-answered-phone');

    // Reopen: the rule is stated before, the reason is required.
    const panel = page.locator('[data-testid=reopen-panel]');
    await expect(panel.innerText()).resolves.toContain(text('lt', 'clock.rules.reopening'));
    await page.fill('#reopen-reason', 'Pareiškėja praneša, kad skaitiklis vis dar neveikia.');
    await page.check('#reopen-confirm');
    await page.click(`button:text-is("${text('lt', 'caseLinks.reopen.submit')}")`);
    await page.locator('.flash', { hasText: text('lt', 'caseLinks.reopen.done') }).waitFor();
    // The page reloads its data after the action: the form is gone, the clock runs under the reopening rule.
    await expect.poll(() => page.locator('[data-testid=reopen-panel]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=clock-panel]').innerText()).toContain(text('lt', 'clock.state.running'));
    const clock = await page.locator('[data-testid=clock-panel]').innerText();
    expect(clock).toContain(text('lt', 'clock.state.running'));
    expect(clock).toContain(text('lt', 'clock.rules.reopening'));
    expect(clock).toContain('Viešojo administravimo įstatymo 14 str.');
    const reopened = await services.cases.getCaseForStaff(manager, first);
    expect(reopened.kase).toMatchObject({ status: 'in_progress', dueRule: 'reopening' });
    expect(reopened.events.at(-1)).toMatchObject({ type: 'case_reopened', data: { previousStatus: 'answered', reason: 'Pareiškėja praneša, kad skaitiklis vis dar neveikia.' } });

    // Link the other letter as the same matter: both cases show it.
    await page.fill('#link-other', second);
    await page.click(`button:text-is("${text('lt', 'caseLinks.link')}")`);
    await page.locator('.flash', { hasText: text('lt', 'caseLinks.linked') }).waitFor();
    await expect.poll(() => page.locator('[data-testid=related-same-matter]').count()).toBe(1);
    await expect(page.locator('[data-testid=related-same-matter]').innerText()).resolves.toContain(second);
    await noSidewaysScroll(page);
    await expectAccessible(page, 'case-reopened-linked-phone');
    await page.goto(`${run.desk.url}/staff/cases/${second}`);
    await expect(page.locator('[data-testid=related-same-matter]').innerText()).resolves.toContain(first);
    await noSidewaysScroll(page);

    await services.close();
    await context.close();
  });
});
