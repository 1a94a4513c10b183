import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, signIn, text } from './harness';

const run = deskAndBrowser();

async function submit(page: Page, subject: string, body: string): Promise<string> {
  await page.goto(`${run.desk.url}/lt/petition`);
  await page.fill('input[name=name]', 'Jonas Petraitis');
  await page.fill('input[name=subject]', subject);
  await page.fill('textarea[name=body]', body);
  await page.check('input[name=consent]');
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=case-number]');
  return (await page.locator('[data-testid=case-number]').innerText()).trim();
}

describe('triage in Chromium', () => {
  it('a clerk re-routes a triaged case and the next similar petition routes right', async () => {
    const resident = await run.browser.newPage();
    const first = await submit(resident, 'Dronų skrydžiai', 'Virš mūsų namo Žirmūnuose nuolat skraido dronai ir filmuoja pro langus. Prašau išsiaiškinti.');

    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'city-administration@desk.example');
    await page.goto(`${run.desk.url}/staff?view=triage`);
    await page.locator(`a:text-is("${first}")`).click();
    await page.waitForURL(`**/staff/cases/${first}`);
    await page.locator('[data-testid=triage-suggestions]').waitFor();
    await page.selectOption('#departmentId', 'city-administration');
    await page.click(`button:text-is("${text('lt', 'case.route')}")`);
    await page.locator('.flash', { hasText: text('lt', 'case.routed') }).waitFor();

    // The next petition like it goes straight to the department the clerk chose.
    const second = await submit(resident, 'Dronai virš kiemo', 'Virš mūsų kiemo Antakalnyje kasdien skraido dronai ir filmuoja pro langus. Prašau išsiaiškinti, kas tai daro.');
    await page.goto(`${run.desk.url}/staff?view=department`);
    await expect(page.locator(`table.cases a:text-is("${second}")`).count()).resolves.toBe(1);
    await page.goto(`${run.desk.url}/staff?view=triage`);
    await expect(page.locator(`table.cases a:text-is("${second}")`).count()).resolves.toBe(0);
    await context.close();
    await resident.close();
  });
});
