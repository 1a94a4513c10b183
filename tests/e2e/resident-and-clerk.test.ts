import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';


const run = deskAndBrowser();


/** Waits for the page's heading to read exactly this (client navigations render after the URL changes). */
async function expectHeading(page: Page, heading: string) {
  await page.locator('h1').filter({ hasText: new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor({ timeout: 10_000 });
}

const PETITIONS = {
  pl: { name: 'Halina Wiśniewska', subject: 'Wymiana licznika wody', body: 'Dzień dobry, proszę o wymianę licznika wody w moim mieszkaniu przy ul. Kalvarijų 12-4. Licznik przecieka od tygodnia.' },
  lt: { name: 'Rūta Petraitienė', subject: 'Vandens skaitiklio keitimas', body: 'Laba diena, prašau pakeisti vandens skaitiklį bute Žirmūnų g. 5-12, nes jis praleidžia vandenį.' },
  ru: { name: 'Ольга Смирнова', subject: 'Замена счётчика воды', body: 'Здравствуйте, прошу заменить счётчик воды в квартире на ул. Ukmergės 20-7, он протекает уже неделю.' },
  en: { name: 'Jane Walker', subject: 'Water meter replacement', body: 'Hello, please replace the water meter in my flat at Pylimo g. 3-8, it has been leaking for a week.' },
} as const;

async function submitPetition(page: Page, lang: keyof typeof PETITIONS) {
  const p = PETITIONS[lang];
  await page.goto(`${run.desk.url}/${lang}`);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  await expectHeading(page, text(lang, 'home.title'));
  await page.click(`main a[href="/${lang}/petition"]`);
  await page.waitForURL(`**/${lang}/petition`);
  await expectHeading(page, text(lang, 'petition.title'));
  await page.fill('input[name=name]', p.name);
  await page.fill('input[name=email]', 'resident@example.com');
  // The resident picks a water topic (its label is in the page's language).
  const option = page.locator('select[name=serviceSlug] option[value="water-meters"]');
  expect(await option.count()).toBe(1);
  await page.selectOption('select[name=serviceSlug]', 'water-meters');
  await page.fill('input[name=subject]', p.subject);
  await page.fill('textarea[name=body]', p.body);
  await page.check('input[name=consent]');
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=case-number]');
  await expectHeading(page, text(lang, 'petition.doneTitle'));
  const number = (await page.locator('[data-testid=case-number]').innerText()).trim();
  const code = (await page.locator('[data-testid=tracking-code]').innerText()).trim();
  expect(number).toMatch(/^VLN-\d{4}-\d{6}$/);
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  return { number, code };
}

describe('resident and clerk in Chromium', () => {
  let polish: { number: string; code: string };

  it('a resident submits a petition in Polish from /pl, gets a number and code, and reads its status in Polish', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.desk.url}/pl`);
    await expectAccessible(page, 'pl-home');
    await page.goto(`${run.desk.url}/pl/petition`);
    await page.click('form button[type=submit]');
    await page.waitForSelector('.error-summary');
    await expect(page.locator('.error-summary h2').innerText()).resolves.toBe(text('pl', 'form.errorSummary'));
    await expectAccessible(page, 'pl-petition-errors');

    polish = await submitPetition(page, 'pl');
    await expectAccessible(page, 'pl-petition-done');

    await page.click(`main a[href^="/pl/status"]`);
    await page.waitForURL('**/pl/status?number=*');
    expect(await page.inputValue('input[name=number]')).toBe(polish.number);
    await page.fill('input[name=code]', polish.code);
    await page.click('form button[type=submit]');
    await page.waitForSelector('[data-testid=case-status]');
    await expect(page.locator('[data-testid=case-status]').innerText()).resolves.toBe(text('pl', 'status.registered'));
    await expect(page.locator('.timeline').innerText()).resolves.toContain(text('pl', 'event.case_registered'));
    await expectAccessible(page, 'pl-status');

    // A wrong code gets the same clear message as an unknown number (the case's page offers the lookup folded away).
    await page.click('.status-other > summary');
    await page.fill('input[name=number]', polish.number);
    await page.fill('input[name=code]', 'AAAA-BBBB-CCCC-DDDD');
    await page.click('form:has(input[name=code]) button[type=submit]');
    await page.waitForSelector('.error-summary');
    await expect(page.locator('.error-summary').innerText()).resolves.toContain(text('pl', 'track.noMatch'));
    await page.fill('input[name=number]', 'VLN-2026-999999');
    await page.fill('input[name=code]', polish.code);
    await page.click('form:has(input[name=code]) button[type=submit]');
    await page.waitForSelector('.error-summary');
    await expect(page.locator('.error-summary').innerText()).resolves.toContain(text('pl', 'track.noMatch'));
    await page.close();
  });

  it.each(['lt', 'ru', 'en'] as const)('the same flow works in %s', async (lang) => {
    const page = await run.browser.newPage();
    const { number, code } = await submitPetition(page, lang);
    await page.goto(`${run.desk.url}/${lang}/status`);
    await page.fill('input[name=number]', number);
    await page.fill('input[name=code]', code);
    await page.click('form button[type=submit]');
    await page.waitForSelector('[data-testid=case-status]');
    await expect(page.locator('[data-testid=case-status]').innerText()).resolves.toBe(text(lang, 'status.registered'));
    await expectAccessible(page, `${lang}-status`);
    await page.close();
  });

  it('a water clerk signs in and finds the Polish petition in the inbox', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'water@desk.example');
    await expectHeading(page, text('lt', 'inbox.title'));
    const row = page.locator('table.cases tbody tr', { has: page.locator(`a:text-is("${polish.number}")`) });
    await expect(row.count()).resolves.toBe(1);
    await expectAccessible(page, 'clerk-inbox');

    await row.locator('a').first().click();
    await page.waitForURL(`**/staff/cases/${polish.number}`);
    await expect(page.locator('.petition-body').innerText()).resolves.toContain('licznika wody');
    await expectAccessible(page, 'clerk-case');

    await page.click(`button:text-is("${text('lt', 'case.assignToMe')}")`);
    // The page revalidates after the action: wait for the new status rather than the first sign of success.
    await page.locator('.case-meta', { hasText: text('lt', 'status.assigned') }).waitFor();
    await page.locator('.flash', { hasText: text('lt', 'case.assigned') }).waitFor();
    await context.close();
  });

  it('a clerk of another department cannot open it (404)', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'heating@desk.example');
    const response = await page.goto(`${run.desk.url}/staff/cases/${polish.number}`);
    expect(response?.status()).toBe(404);
    await expectHeading(page, text('lt', 'errors.notFoundTitle'));
    await expect(page.locator('body').innerText()).resolves.not.toContain('licznika');
    const inbox = await page.goto(`${run.desk.url}/staff`);
    expect(inbox?.status()).toBe(200);
    await expect(page.locator('body').innerText()).resolves.not.toContain(polish.number);
    await context.close();
  });

  it('the language switcher keeps the page and sets <html lang>', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.desk.url}/pl/petition`);
    await page.click('nav.lang-switcher a[hreflang=ru]');
    await page.waitForURL('**/ru/petition');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await expectHeading(page, text('ru', 'petition.title'));
    await expect(page.locator('label[for=f-subject]').innerText()).resolves.toContain(text('ru', 'petition.field.subject'));
    await page.close();
  });

  it('a staff member switches the workspace to English', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'transport@desk.example');
    await page.selectOption('#staff-locale', 'en');
    await page.click(`button:text-is("${text('lt', 'staff.changeLanguage')}")`);
    await expectHeading(page, text('en', 'inbox.title'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('a manager sees the deadlines page, accessible', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'manager@desk.example');
    await page.goto(`${run.desk.url}/staff/deadlines`);
    await expectHeading(page, text('lt', 'deadlines.title'));
    await expectAccessible(page, 'manager-deadlines');
    await context.close();
  });

  it('refuses mutations without a CSRF token or from another origin', async () => {
    const noToken = await fetch(`${run.desk.url}/pl/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'number=VLN-2026-000001&code=x',
    });
    expect(noToken.status).toBe(403);
    const crossSite = await fetch(`${run.desk.url}/staff/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: 'email=a&password=b',
    });
    expect(crossSite.status).toBe(403);
    const page = await fetch(`${run.desk.url}/pl`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
    expect(page.headers.get('x-frame-options')).toBeTruthy();
  });
});
