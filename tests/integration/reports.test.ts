/**
 * The manager's cockpit on a small known data set, on both databases: answer times in working days
 * (median, 90th percentile), the share on time, weekly counts, scoping by role; the rollups follow
 * the events and a rebuild gives the same figures; exports parsed back equal the table; a large
 * CSV streams in bounded memory.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../server/deadlines/calendar';
import { exportRows, parseCockpitQuery, type ExportColumn, type CockpitRow } from '../../server/reports/index';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** RFC 4180 back to rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const columns: ExportColumn<CockpitRow>[] = [
  { header: 'Skyrius', value: (r) => r.key },
  { header: 'Atviros', value: (r) => r.open },
  { header: 'Atsakyta', value: (r) => r.answered },
  { header: 'Mediana', value: (r) => r.medianDays },
  { header: 'P90', value: (r) => r.p90Days },
  { header: 'Laiku %', value: (r) => r.onTimeShare },
];

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`the cockpit on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name, '2026-03-02T09:00:00Z');
    });
    afterEach(async () => desk.dispose());

    it('counts answer times in working days, the share on time and the weeks, keeps the rollup right and rebuilds the same', async () => {
      const s = desk.services;
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'boss@desk.test', 'manager', null);
      const waterManager = await addStaff(desk, 'boss@water.test', 'manager', 'water');
      const a = await s.cases.registerPetition(samplePetition);
      const b = await s.cases.registerPetition({ ...samplePetition, channel: 'email' as const });
      const c = await s.cases.registerPetition({ ...samplePetition, language: 'lt' as const });
      const open = await s.cases.registerPetition({ ...samplePetition, departmentId: 'heating' });
      const work = async (number: string) => {
        await s.cases.assignCase(manager, number, clerk.id);
        await s.cases.changeCaseStatus(clerk, number, 'in_progress');
      };
      for (const r of [a, b, c]) await work(r.number);
      const answerOn = async (number: string, instant: string) => {
        desk.clock.set(instant);
        await s.cases.changeCaseStatus(clerk, number, 'answered');
      };
      await answerOn(a.number, '2026-03-04T10:00:00Z'); // Wednesday: 2 working days
      await answerOn(b.number, '2026-03-13T10:00:00Z'); // 11 March is a holiday: 8 working days
      await answerOn(c.number, '2026-04-20T10:00:00Z'); // past the 20-working-day term
      desk.clock.set('2026-04-21T09:00:00Z');
      while ((await s.dispatchEvents()) > 0);

      const query = parseCockpitQuery(new URLSearchParams('from=2026-01-01&to=2026-04-30'), '2026-04-21');
      const cockpit = await s.reports.getCockpit(manager, query);
      const days = [workingDaysBetween('2026-03-02', '2026-03-04'), workingDaysBetween('2026-03-02', '2026-03-13'), workingDaysBetween('2026-03-02', '2026-04-20')];
      expect(days.slice(0, 2)).toEqual([2, 8]);
      const water = cockpit.departments.find((d) => d.key === 'water')!;
      expect(water).toMatchObject({ answered: 3, medianDays: 8, p90Days: days[2], onTimeShare: 66.7, received: 3, open: 0 });
      const heating = cockpit.departments.find((d) => d.key === 'heating')!;
      // Registered on 2 March, due 30 March: overdue on 21 April.
      expect(heating).toMatchObject({ open: 1, overdue: 1, dueSoon: 0, answered: 0, medianDays: null });
      expect(cockpit.clerks.find((r) => r.key === clerk.id)).toMatchObject({ answered: 3, medianDays: 8, departmentId: 'water' });
      expect(cockpit.total).toMatchObject({ received: 4, answered: 3, open: 1, overdue: 1 });
      expect(cockpit.channels.find((r) => r.key === 'email')).toMatchObject({ received: 1, answered: 1, onTimeShare: 100 });
      expect(cockpit.languages.find((r) => r.key === 'lt')).toMatchObject({ received: 1, answered: 1, onTimeShare: 0 });
      const week = (monday: string) => cockpit.weekly.find((w) => w.week === monday);
      expect(week('2026-03-02')).toMatchObject({ received: 4, answered: 1, label: '2026-W10' });
      expect(week('2026-03-09')).toMatchObject({ received: 0, answered: 1 });
      expect(week('2026-04-20')).toMatchObject({ received: 0, answered: 1 });

      // Scoping: a clerk may not look; a department manager sees their department only, whatever is asked.
      await expect(s.reports.getCockpit(clerk, query)).rejects.toMatchObject({ code: 'forbidden' });
      const own = await s.reports.getCockpit(waterManager, { ...query, department: 'heating' });
      expect(own.departments.map((d) => d.key)).toEqual(['water']);
      expect(own.total).toMatchObject({ received: 3, open: 0 });

      // The rollup follows a reopening: the answer leaves the figures; a new answer comes back in.
      await s.cases.reopenCase(clerk, a.number, { reason: 'Pareiškėjas pateikė naujų duomenų' });
      while ((await s.dispatchEvents()) > 0);
      const reopened = await s.reports.getCockpit(manager, query);
      expect(reopened.departments.find((d) => d.key === 'water')).toMatchObject({ answered: 2, open: 1, onTimeShare: 50 });

      // A rebuild from the case table gives the same figures as the events did.
      expect(await s.reports.rebuildRollups()).toBe(4);
      expect(await s.reports.getCockpit(manager, query)).toEqual(reopened);

      // The table exported as CSV and XLSX reads back as the table.
      const rows = reopened.departments;
      const csv = (await readAll(exportRows('csv', columns, rows))).toString('utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const parsed = parseCsv(csv.slice(1));
      expect(parsed[0]).toEqual(columns.map((c) => c.header));
      expect(parsed.slice(1)).toEqual(rows.map((r) => columns.map((col) => String(col.value(r) ?? ''))));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readAll(exportRows('xlsx', columns, rows, { sheetName: 'Skyriai' }))) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('Skyriai')!;
      const values: unknown[][] = [];
      sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      expect(values[0]).toEqual(columns.map((c) => c.header));
      expect(values.slice(1).map((v) => columns.map((_, i) => v[i] ?? null))).toEqual(rows.map((r) => columns.map((col) => col.value(r) ?? null)));
    });

    it('the deadlines overview counts every case and lists the first of each group', async () => {
      const manager = await addStaff(desk, 'boss@desk.test', 'manager', null);
      for (let i = 0; i < 4; i += 1) await desk.services.cases.registerPetition(samplePetition);
      desk.clock.set('2026-05-04T09:00:00Z');
      const [water] = (await desk.services.cases.listDeadlines(manager, { limit: 3 })).filter((g) => g.departmentId === 'water');
      expect(water).toMatchObject({ openCount: 4, overdueCount: 4, dueSoonCount: 0, pausedCount: 0 });
      expect(water!.overdue).toHaveLength(3);
      const all = [];
      for await (const item of desk.services.cases.streamDeadlineCases(manager)) all.push(item);
      expect(all.filter((i) => i.departmentId === 'water' && i.group === 'overdue')).toHaveLength(4);
    });
  });
}

describe('the export writer', () => {
  it('defuses formulas, quotes what RFC 4180 asks, and keeps Lithuanian letters', async () => {
    const cols: ExportColumn<{ a: string; n: number }>[] = [{ header: 'Tekstas', value: (r) => r.a }, { header: 'Skaičius', value: (r) => r.n }];
    const text = (await readAll(exportRows('csv', cols, [{ a: '=HYPERLINK("x")', n: -3 }, { a: 'Šiauliai, "ąžuolas"\nnauja', n: 1.5 }, { a: '@x', n: 0 }]))).toString('utf8');
    expect(text).toBe('\uFEFFTekstas,Skaičius\r\n"\'=HYPERLINK(""x"")",-3\r\n"Šiauliai, ""ąžuolas""\nnauja",1.5\r\n\'@x,0\r\n');
  });

  it('streams 100,000 CSV rows without holding them', async () => {
    async function* many() {
      for (let i = 0; i < 100_000; i += 1) yield { n: i, text: `Prašymas Nr. ${i} dėl šilumos tiekimo Žirmūnuose` };
    }
    const cols: ExportColumn<{ n: number; text: string }>[] = [{ header: 'Nr', value: (r) => r.n }, { header: 'Tekstas', value: (r) => r.text }];
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let bytes = 0;
    let lines = 0;
    for await (const chunk of exportRows('csv', cols, many()) as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const b of chunk) if (b === 10) lines += 1;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(lines).toBe(100_001);
    expect(bytes).toBeGreaterThan(5_000_000);
    // The whole file is over 5 MB of text (more as JS strings); what is held at once stays far below.
    expect(peak - before).toBeLessThan(40_000_000);
  });
});
