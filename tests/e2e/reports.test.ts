/**
 * The manager's cockpit in Chromium: a manager opens it from the staff navigation, sees the figures,
 * downloads a table as CSV and as XLSX (both read back), and the page is axe clean at 1280 px and at
 * 390 px, where it never scrolls sideways (tables scroll in their own regions).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const run = deskAndBrowser();

describe('the cockpit in Chromium', () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    it(`a manager sees the figures and downloads CSV and XLSX at ${viewport.width} px`, async () => {
      const context = await run.browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      await signIn(page, run.desk.url, 'manager@desk.example');
      await page.click(`nav a:text-is("${text('lt', 'reports.nav')}")`);
      await page.waitForURL(/\/staff\/reports/);
      await page.getByRole('heading', { level: 1, name: text('lt', 'reports.title') }).waitFor();
      const open = Number((await page.locator('[data-testid=figure-open]').innerText()).trim());
      expect(open).toBeGreaterThan(0);
      // Each chart is a figure with its words; its table has the numbers.
      expect(await page.getByRole('img', { name: text('lt', 'reports.chart.weekly') }).count()).toBe(1);
      expect(await page.locator('svg.recharts-surface').count()).toBe(3);
      await expectAccessible(page, `reports-${viewport.width}`);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, `the page is ${widths.scroll} px wide`).toBeLessThanOrEqual(viewport.width);

      // The department table's CSV: a download with Lithuanian headers, the same rows as on the page.
      const rowsOnPage = await page.locator('#table-by-department >> xpath=ancestor::table >> tbody tr').count();
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`a:text-is("${text('lt', 'reports.downloadCsv').replace('{{table}}', text('lt', 'reports.table.byDepartment'))}")`),
      ]);
      expect(csvDownload.suggestedFilename()).toMatch(/^by-department_.*\.csv$/);
      const csv = (await import('node:fs')).readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF' + text('lt', 'reports.col.department'))).toBe(true);
      expect(csv.trim().split('\r\n')).toHaveLength(rowsOnPage + 1);

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`a:text-is("${text('lt', 'reports.downloadXlsx').replace('{{table}}', text('lt', 'reports.table.byClerk'))}")`),
      ]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await xlsxDownload.path())!);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe(text('lt', 'reports.col.clerk'));
      expect(sheet.actualRowCount).toBe((await page.locator('#table-by-clerk >> xpath=ancestor::table >> tbody tr').count()) + 1);
      await context.close();
    });
  }

  it('the deadlines page offers its full lists as CSV', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await signIn(page, run.desk.url, 'manager@desk.example');
    await page.goto(`${run.desk.url}/staff/deadlines`);
    const response = await page.request.get(`${run.desk.url}/staff/deadlines.csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/attachment; filename="deadlines_all\.csv"/);
    expect((await response.text()).startsWith('\uFEFF')).toBe(true);
    await context.close();
  });
});
