/**
 * Routing benchmark: the department router on the 120 dev petitions of ../shared/corpus, trained
 * on the service catalogue (server/departments/catalogue/) alone, and on the catalogue plus
 * clerks' decisions, cross-validated leave-one-out (each petition is scored by a model that
 * learned every other one and never itself). Prints accuracy per department and per language,
 * and what triage does at the configured threshold.   npx tsx bench/routing.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCatalogue } from '../server/departments/catalogue.store.js';
import { createDepartmentRouter, DEFAULT_ROUTER_SETTINGS, type Routing } from '../server/routing/department-router.js';

interface Petition {
  id: string;
  lang: string;
  department: string;
  subject: string;
  body: string;
}

/** The dev petitions: ../shared/corpus, or CORPUS_DIR. */
function loadPetitions(): Petition[] {
  const dir = process.env.CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../shared/corpus');
  return ['petitions-dev-ltpl.jsonl', 'petitions-dev-ruen.jsonl'].flatMap((file) =>
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Petition),
  );
}

const catalogue = readCatalogue();
const petitions = loadPetitions();
const asText = (p: Petition) => ({ subject: p.subject, body: p.body });

function evaluate(learn: boolean): { p: Petition; r: Routing }[] {
  const router = createDepartmentRouter(catalogue);
  // Learned as the service stores a clerk's decision: subject and body as one text.
  const asLearned = (p: Petition) => ({ subject: '', body: `${p.subject}\n${p.body}` });
  if (learn) for (const p of petitions) router.learn(p.id, p.department, asLearned(p));
  return petitions.map((p) => {
    if (!learn) return { p, r: router.route(asText(p)) };
    router.forget(p.id); // the scored petition is never in training
    const r = router.route(asText(p));
    router.learn(p.id, p.department, asLearned(p));
    return { p, r };
  });
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(6) : '     –');

function table(title: string, results: { p: Petition; r: Routing }[], key: (p: Petition) => string): void {
  const groups = new Map<string, { n: number; top1: number; top3: number }>();
  for (const { p, r } of results) {
    for (const k of [key(p), 'all']) {
      const g = groups.get(k) ?? { n: 0, top1: 0, top3: 0 };
      g.n++;
      g.top1 += Number(r.top3[0]?.departmentId === p.department);
      g.top3 += Number(r.top3.some((t) => t.departmentId === p.department));
      groups.set(k, g);
    }
  }
  console.log(`\n${title}`);
  console.log(`${''.padEnd(22)}     n   top-1   top-3`);
  for (const [k, g] of [...groups].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    console.log(`${k.padEnd(22)} ${String(g.n).padStart(5)}  ${pct(g.top1, g.n)}  ${pct(g.top3, g.n)}`);
  }
}

function triage(title: string, results: { p: Petition; r: Routing }[]): void {
  const routed = results.filter(({ r }) => r.departmentId !== null);
  const right = routed.filter(({ p, r }) => r.departmentId === p.department).length;
  console.log(
    `${title}: at threshold ${DEFAULT_ROUTER_SETTINGS.triageBelow}, ${pct(routed.length, results.length).trim()} % routed automatically ` +
      `(${pct(right, routed.length).trim()} % of them right), ${results.length - routed.length} to triage`,
  );
}

const t0 = performance.now();
const catalogueOnly = evaluate(false);
const learned = evaluate(true);
const ms = performance.now() - t0;

for (const [name, results] of [['catalogue only', catalogueOnly], ['catalogue + clerks\' decisions (leave-one-out)', learned]] as const) {
  table(`${name} — per department`, results, (p) => p.department);
  table(`${name} — per language`, results, (p) => p.lang);
}
console.log('');
triage('catalogue only', catalogueOnly);
triage('with learning', learned);
const misses = learned.filter(({ p, r }) => r.top3[0]?.departmentId !== p.department);
console.log(`\nmisses with learning (${misses.length}):`);
for (const { p, r } of misses) {
  console.log(`  ${p.id.padEnd(30)} → ${r.top3.map((t) => `${t.departmentId} ${t.confidence.toFixed(2)}`).join(', ')}  [${r.evidence.slice(0, 5).join(', ')}]`);
}
console.log(`\n${(ms / (2 * petitions.length)).toFixed(2)} ms per petition (including leave-one-out bookkeeping)`);
