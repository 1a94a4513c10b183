import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../server/departments/catalogue.store';
import { createFrancLanguageDetector } from '../../server/language/franc.adapter';
import { createCaseAnalyser } from '../../server/intake/create-case-analyser';
import { runClassifyCommand } from '../../server/commands/classify-command';
import { createDepartmentRouter } from '../../server/routing/department-router';
import type { DepartmentRouting } from '../../server/routing/department-routing';

/** The router trained on the catalogue files, with no database behind it. */
function inMemoryRouting(): DepartmentRouting {
  const router = createDepartmentRouter(readCatalogue());
  return {
    route: async (p) => router.route(p),
    learnFromCorrection: async (text, departmentId) => router.learn(String(Math.random()), departmentId, typeof text === 'string' ? { subject: '', body: text } : text),
    learnFromConfirmed: async (_trx, text, departmentId, details) => {
      router.learn(details.caseId, departmentId, text);
      return true;
    },
    reload: async () => undefined,
    exampleCount: async () => router.exampleCount(),
    calibration: async () => router.calibration(),
  };
}

const analyser = createCaseAnalyser({ detector: createFrancLanguageDetector({ fallbackLanguage: 'lt', reviewBelow: 0.8 }), routing: inMemoryRouting() });

async function classify(lines: string[]): Promise<{ status: number; out: Record<string, unknown>[] }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const status = await runClassifyCommand(Readable.from(lines.map((l) => `${l}\n`)), output, { analyser });
  const text = Buffer.concat(chunks).toString('utf8');
  return { status, out: text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('desk classify', () => {
  it('answers one line per petition, in order, with language and department', async () => {
    const { status, out } = await classify([
      JSON.stringify({ id: 'a', subject: 'Licznik wody', body: 'Dzien dobry, prosze o wymiane licznika wody w mieszkaniu.' }),
      JSON.stringify({ id: 'b', body: 'Zdravstvuyte, pozhaluysta, vyvoz musora ne bylo dve nedeli, konteyner perepolnen.' }),
      JSON.stringify({ id: 'c', body: 'Прошу замінити лічильник води у квартирі, дякую.' }),
    ]);
    expect(status).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(out[0]).sort()).toEqual(['autoRouted', 'department', 'departmentConfidence', 'id', 'language', 'languageConfidence', 'replyLanguage', 'top3'].sort());
    expect(out[0]).toMatchObject({ language: 'pl', replyLanguage: 'pl', department: 'water' });
    expect(out[1]).toMatchObject({ language: 'ru', replyLanguage: 'ru', department: 'waste' });
    expect(out[2]).toMatchObject({ language: 'uk', replyLanguage: 'lt' });
    const top3 = out[0].top3 as { department: string; confidence: number }[];
    expect(top3).toHaveLength(3);
    expect(top3[0].department).toBe('water');
    expect(top3[0].confidence).toBe(out[0].departmentConfidence);
  });

  it('says whether the desk would route each petition without triage', async () => {
    const { out } = await classify([
      JSON.stringify({ id: 'clear', subject: 'Vandens skaitiklis', body: 'Prašau pakeisti sugedusį vandens skaitiklį mano bute, skaitiklis nerodo vandens suvartojimo.' }),
      JSON.stringify({ id: 'vague', body: 'Labas.' }),
    ]);
    expect(out[0]).toMatchObject({ department: 'water', autoRouted: true });
    expect(out[1]).toMatchObject({ autoRouted: false });
    // The best department is still named when the desk would ask a person.
    expect(typeof out[1].department).toBe('string');
  });

  it('answers a broken line with an error, goes on, and ends with status 1', async () => {
    const { status, out } = await classify(['{"id": "x", "subject": "no body"}', 'not json', '', JSON.stringify({ id: 7, body: 'Please empty the bins.' })]);
    expect(status).toBe(1);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'x' });
    expect(String(out[0].error)).toMatch(/body/);
    expect(out[1]).toMatchObject({ id: null });
    expect(out[2]).toMatchObject({ id: '7', department: 'waste' });
  });
});
