/**
 * The generator of `desk seed-scale`, one chunk of cases at a time: pure (no database), so it runs in
 * worker threads (seed-scale-worker.ts) while the main thread inserts. A chunk depends only on the seed,
 * its index and the shared context, never on the chunks before it: the received time of case i comes from
 * a hash of (seed, i), so its registration year, and with it its number, is known without generating the
 * cases before it (ScalePlan). Returning petitioners and merge targets are drawn from the same chunk.
 * Every case's search texts (its petition and its document pages) are stemmed here too, exactly as
 * server/search's searchRowFor would (its per-word terms, memoised across texts).
 */
import { createHash } from 'node:crypto';
import { eventHash, formatCaseNumber, GENESIS_HASH, hashTrackingCode } from '../cases/index.js';
import type { CaseStatus, Channel } from '../cases/case.js';
import { addWorkingDays, vilniusDateOf } from '../deadlines/calendar.js';
import { extensionNoticeDueDate, registrationDate, responseDueDate, type PetitionKind } from '../deadlines/deadline.js';
import { answerTermRule, APPLIED_INFORMATION_RULE } from '../deadlines/legal-rules.js';
import { DEMO_CASES } from '../db/seed/demo-cases.js';
import type { Lang } from '../languages.js';
import { indexTermsOf, wordsOf } from '../search/search-query.js';
import type { SearchRow } from '../search/index.js';
import { readCorpus, type CorpusItem } from './seed-scale-corpus.store.js';
import type { ScaleReference, TableSpec } from './seed-scale-tables.js';
import { PETITIONERS, CASES, EVENTS, DOCUMENTS, PAGES, REPLIES, ROUTING, TABLES, TABLE_BY_NAME } from './seed-scale-tables.js';

export interface ScaleContext {
  seed: number;
  cases: number;
  now: number;
  secret: string;
  corpusDir: string;
  reference: { departments: string[]; services: ScaleReference['services']; users: ScaleReference['users']; counters: [number, number][] };
  chunkSize: number;
}

export interface ChunkTotals { cases: number; events: number; documents: number; pages: number; replies: number; petitioners: number }
export interface Chunk {
  index: number;
  tables: [string, unknown[][]][];
  search: SearchRow[];
  totals: ChunkTotals;
}

const DAY = 86_400_000;
const YEARS = 5;
const RECENT_DAYS = 60;
const RECENT_SHARE = 0.065;

/** sfc32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed, b = 0x243f6a88 + seed, c = 0xb7e15162 ^ (seed * 31), d = 1;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A 32-bit mix of two integers (murmur3's finaliser): the per-case jitter and the per-chunk seeds. */
function mix(x: number, y: number): number {
  let h = (Math.imul(x | 0, 0x9e3779b1) ^ (y | 0)) >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** The tracking code of a seeded case: derived from the seed and its number, so the benchmark can use it. */
export function scaleTrackingCode(seed: number, number: string): string {
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = createHash('sha256').update(`seed-scale:${seed}:${number}`).digest();
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[bytes[i]! & 31];
  return out.match(/.{4}/g)!.join('-');
}

export { TABLES, TABLE_BY_NAME } from './seed-scale-tables.js';

const CHANNEL_WEIGHTS: [Channel, number][] = [['web', 40], ['email', 35], ['letter', 15], ['in_person', 7], ['phone', 3]];
const KIND_WEIGHTS: [PetitionKind, number][] = [['request', 70], ['complaint', 20], ['information_request', 10]];
/** Served languages, then "other" (cases.language null): lt ~2/3. */
const LANG_WEIGHTS: [string, number][] = [['lt', 66], ['ru', 13], ['pl', 10], ['en', 7], ['uk', 2], ['de', 1], ['be', 1]];
const OPEN_WEIGHTS: [CaseStatus, number][] = [['received', 3], ['needs_review', 7], ['registered', 12], ['assigned', 15], ['in_progress', 40], ['awaiting_information', 23]];
const DONE_WEIGHTS: [string, number][] = [['closed', 70], ['answered', 22], ['forwarded', 4], ['merged', 2], ['forwarded_closed', 2]];
const INSTITUTIONS = ['Valstybinė mokesčių inspekcija', 'Sodra', 'Nacionalinė visuomenės sveikatos priežiūros laboratorija', 'Aplinkos apsaugos departamentas', 'Policijos departamentas'];
const TEMPLATES = ['decision-positive', 'decision-positive', 'decision-negative', 'not-competent'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}
function weighted<T>(rand: () => number, weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((s, w) => s + w[1], 0);
  let r = rand() * total;
  for (const [value, w] of weights) if ((r -= w) < 0) return value;
  return weights[weights.length - 1]![0];
}

/** A UUIDv7-shaped id for an instant, its random bits from the seeded generator (ids sort by time, as newId's do). */
function idAt(rand: () => number, ms: number): string {
  const hex = (n: number, len: number) => Math.floor(n).toString(16).padStart(len, '0');
  const ts = hex(ms, 12);
  const r1 = hex(rand() * 0x1000, 3);
  const r2 = hex(0x8000 | (rand() * 0x4000), 4);
  const r3 = hex(rand() * 0x1000000, 6) + hex(rand() * 0x1000000, 6);
  return `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${r1}-${r2}-${r3}`;
}

function memo<A, R>(f: (a: A) => R): (a: A) => R {
  const cache = new Map<A, R>();
  return (a) => {
    let v = cache.get(a);
    if (v === undefined) {
      v = f(a);
      cache.set(a, v);
    }
    return v;
  };
}

interface Template {
  lang: string;
  department: string | null;
  subject: string;
  body: string;
}

/** Names, digits and house numbers varied: the corpus item stays recognisable, every case's text differs. */
function vary(rand: () => number, text: string): string {
  return text.replace(/\d+/g, (m) => {
    if (m.length === 4 && /^(19|20)\d\d$/.test(m)) return m; // years stay years
    let out = '';
    for (let i = 0; i < m.length; i++) out += i === 0 && m.length > 1 ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10));
    return out;
  });
}

const MAX_INDEXED_WORDS = 20_000;
const DIGITS = /^\p{N}+$/u;

/**
 * searchRowFor, memoised by word: indexTermsOf maps each word of a text to its terms independently
 * (the text's language picks the stemmers), so a text's terms are its words' terms joined. The test
 * compares every stored row with searchRowFor's.
 */
export function createSearchRows(): (caseId: string, ref: string, text: string, lang: string | null) => SearchRow {
  const caches = new Map<string, Map<string, string>>();
  return (caseId, ref, text, lang) => {
    const key = lang ?? '';
    let cache = caches.get(key);
    if (!cache || cache.size > 400_000) caches.set(key, (cache = new Map()));
    const words = wordsOf(text);
    const n = Math.min(words.length, MAX_INDEXED_WORDS);
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const w = words[k]!;
      if (DIGITS.test(w)) {
        out[k] = indexTermsOf(w, lang); // numbers vary from text to text: not worth keeping
        continue;
      }
      let t = cache.get(w);
      if (t === undefined) {
        t = indexTermsOf(w, lang);
        cache.set(w, t);
      }
      out[k] = t;
    }
    return { caseId, ref, text, terms: out.join(' ') };
  };
}

/**
 * When each case was received and what number it gets: case i's time is a function of i alone (the older
 * cases evenly over five years, the recent share over the last two months, in order), so its year is too,
 * and its sequence is the year's counter plus its place among that year's cases.
 */
export class ScalePlan {
  private readonly start: number;
  private readonly recentStart: number;
  private readonly recentCount: number;
  private readonly oldCount: number;
  private readonly regYear = memo((day: string) => Number(registrationDate(new Date(`${day}T12:00:00Z`)).slice(0, 4)));
  private readonly dayOfHour = memo((hour: number) => vilniusDateOf(new Date(hour * 3_600_000)));
  /** year → [first case index of the year, counter before the load]. */
  readonly years = new Map<number, { first: number; count: number; base: number }>();

  constructor(private readonly ctx: Pick<ScaleContext, 'seed' | 'cases' | 'now'>, counters: Map<number, number>) {
    this.start = ctx.now - YEARS * 365.25 * DAY;
    this.recentStart = ctx.now - RECENT_DAYS * DAY;
    this.recentCount = Math.round(ctx.cases * RECENT_SHARE);
    this.oldCount = ctx.cases - this.recentCount;
    if (ctx.cases === 0) return;
    // The year of case i never decreases with i: find where each year starts by bisection.
    const last = this.yearOf(ctx.cases - 1);
    let lo = 0;
    for (let y = this.yearOf(0); y <= last; y++) {
      let a = lo, b = ctx.cases; // first index with yearOf >= y+1
      while (a < b) {
        const m = (a + b) >>> 1;
        if (this.yearOf(m) > y) b = m;
        else a = m + 1;
      }
      if (a > lo) this.years.set(y, { first: lo, count: a - lo, base: counters.get(y) ?? 0 });
      lo = a;
    }
  }

  receivedMs(i: number): number {
    const jitter = mix(this.ctx.seed, i) / 4294967296;
    return Math.floor(
      i < this.oldCount
        ? this.start + ((i + jitter) / this.oldCount) * (this.recentStart - this.start)
        : this.recentStart + ((i - this.oldCount + jitter) / Math.max(1, this.recentCount)) * (this.ctx.now - this.recentStart - 3_600_000),
    );
  }

  yearOf(i: number): number {
    return this.regYear(this.dayOfHour(Math.floor(this.receivedMs(i) / 3_600_000)));
  }

  seqOf(i: number, year: number): number {
    const y = this.years.get(year);
    if (!y) throw new Error(`seed-scale: case ${i} falls in ${year}, outside the plan`);
    return y.base + (i - y.first) + 1;
  }

  /** Each year's counter after the load. */
  counters(): Map<number, number> {
    return new Map([...this.years].map(([year, y]) => [year, y.base + y.count]));
  }
}

/** The generator for one load: chunk k is cases [k·chunkSize, (k+1)·chunkSize). */
export function createGenerator(ctx: ScaleContext): (index: number) => Chunk {
  const ref = ctx.reference;
  const seed = ctx.seed;
  const plan = new ScalePlan(ctx, new Map(ref.counters));
  const corpus = readCorpus(ctx.corpusDir);
  const templates: Template[] = corpus.petitions.length
    ? corpus.petitions.map((p: CorpusItem) => ({ lang: p.lang, department: p.department, subject: p.subject, body: p.body }))
    : DEMO_CASES.map((d) => ({ lang: d.language, department: d.department, subject: d.subject, body: d.body }));
  const byLang = new Map<string, Template[]>();
  for (const t of templates) byLang.set(t.lang, [...(byLang.get(t.lang) ?? []), t]);
  const passagesByLang = new Map<string, string[]>();
  for (const p of corpus.passages) passagesByLang.set(p.lang, [...(passagesByLang.get(p.lang) ?? []), p.text]);
  const people = corpus.petitions.map((p) => p.petitioner).filter((p): p is NonNullable<CorpusItem['petitioner']> => Boolean(p?.name));
  const firstNames = people.map((p) => p.name.split(' ')[0]!);
  const lastNames = people.map((p) => p.name.split(' ').slice(1).join(' ') || p.name);
  const streets = people.map((p) => p.address?.replace(/\s*\d.*$/, '')).filter((s): s is string => Boolean(s));
  if (firstNames.length === 0) firstNames.push('Jonas', 'Ona', 'Anna', 'Ivan', 'John');
  if (lastNames.length === 0) lastNames.push('Jonaitis', 'Petraitė', 'Kowalska', 'Ivanov', 'Smith');
  if (streets.length === 0) streets.push('Gedimino pr.', 'Pylimo g.', 'Žirmūnų g.');

  const servicesByDept = new Map<string, string[]>();
  for (const s of ref.services) servicesByDept.set(s.departmentId, [...(servicesByDept.get(s.departmentId) ?? []), s.id]);
  const clerksByDept = new Map<string, { id: string; name: string }[]>();
  for (const u of ref.users) if (u.role === 'clerk' && u.departmentId) clerksByDept.set(u.departmentId, [...(clerksByDept.get(u.departmentId) ?? []), u]);
  const manager = ref.users.find((u) => u.role === 'manager') ?? ref.users[0]!;
  const registry = ref.users.filter((u) => u.role === 'registry');

  const secret = ctx.secret;
  const now = ctx.now;
  const dateOf = (ms: number) => vilniusDateOfHour(Math.floor(ms / 3_600_000));
  const vilniusDateOfHour = memo((hour: number) => vilniusDateOf(new Date(hour * 3_600_000)));
  const regDateOf = memo((day: string) => registrationDate(new Date(`${day}T12:00:00Z`)));
  const dueOf = memo((key: string) => responseDueDate(key.slice(0, 10), key.slice(11) as PetitionKind));
  const addWd = memo((key: string) => addWorkingDays(key.slice(0, 10), Number(key.slice(11))));
  const noticeOf = memo((day: string) => extensionNoticeDueDate(day));
  const replyBlobSha = createHash('sha256').update('seed-scale reply').digest('hex');
  const searchRow = createSearchRows();

  return (index: number): Chunk => {
    const rand = prng(mix(seed, index + 1));
    const batch = new Map<TableSpec, unknown[][]>(TABLES.map((t) => [t, []]));
    const rows = (t: TableSpec) => batch.get(t)!;
    const search: SearchRow[] = [];
    const totals: ChunkTotals = { cases: 0, events: 0, documents: 0, pages: 0, replies: 0, petitioners: 0 };
    const petitionerPool: { id: string; name: string; email: string | null; phone: string | null; address: string | null; language: Lang }[] = [];
    const recentCases: { id: string; number: string; petitionerId: string }[] = [];
    const from = index * ctx.chunkSize;
    const until = Math.min(ctx.cases, from + ctx.chunkSize);
    for (let i = from; i < until; i++) {
        // Time: the older cases evenly over five years, the recent share over the last two months (in order).
        const receivedMs = plan.receivedMs(i);
        const ageDays = (now - receivedMs) / DAY;
        const receivedAt = new Date(receivedMs).toISOString();
        const receivedDay = dateOf(receivedMs);
        const langPicked = weighted(rand, LANG_WEIGHTS);
        const served = ['lt', 'pl', 'ru', 'en'].includes(langPicked);
        const language: Lang | null = served ? (langPicked as Lang) : null;
        const replyLanguage: Lang = language ?? (langPicked === 'de' ? 'en' : 'lt');
        const template = pick(rand, byLang.get(served ? langPicked : 'ru') ?? byLang.get('lt') ?? templates);
        let channel = weighted(rand, CHANNEL_WEIGHTS);
        const kind = weighted(rand, KIND_WEIGHTS);
        const departmentId = template.department && ref.departments.includes(template.department) ? template.department : pick(rand, ref.departments);

        // The petitioner: a returning one (same row, same e-mail and phone) about 30 % of the time.
        let petitioner = petitionerPool.length > 50 && rand() < 0.3 ? pick(rand, petitionerPool) : undefined;
        if (!petitioner) {
          const first = pick(rand, firstNames);
          const last = pick(rand, lastNames);
          const fold = `${first}.${last}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
          const hasEmail = channel === 'email' || channel === 'web' || rand() < 0.3;
          petitioner = {
            id: idAt(rand, receivedMs),
            name: `${first} ${last}`,
            email: hasEmail ? `${fold}${Math.floor(rand() * 1000)}@${pick(rand, ['gmail.com', 'inbox.lt', 'yahoo.com', 'mail.ru', 'wp.pl'])}` : null,
            phone: rand() < 0.5 ? `+370 6${Math.floor(10 + rand() * 90)} ${Math.floor(10000 + rand() * 90000)}` : null,
            address: channel === 'letter' || rand() < 0.5 ? `${pick(rand, streets)} ${1 + Math.floor(rand() * 120)}-${1 + Math.floor(rand() * 60)}, Vilnius` : null,
            language: replyLanguage,
          };
          rows(PETITIONERS).push([petitioner.id, petitioner.name, petitioner.email, petitioner.phone, petitioner.address, petitioner.language, receivedAt]);
          totals.petitioners += 1;
          petitionerPool.push(petitioner);
        }
        if (channel === 'email' && !petitioner.email) channel = 'letter';

        // Status: open only in the last two months (younger cases more often), otherwise finished.
        const open = ageDays < RECENT_DAYS && rand() < (ageDays < 30 ? 0.97 : 0.75);
        let status: CaseStatus = open ? weighted(rand, OPEN_WEIGHTS) : 'closed';
        const done = open ? null : weighted(rand, DONE_WEIGHTS);
        if (done === 'answered') status = 'answered';
        if (done === 'forwarded') status = 'forwarded';

        const caseId = idAt(rand, receivedMs);
        const registeredOn = regDateOf(receivedDay);
        const year = Number(registeredOn.slice(0, 4));
        const seq = plan.seqOf(i, year);
        const number = formatCaseNumber(year, seq);
        const passage = passagesByLang.get(langPicked);
        const body = vary(rand, template.body) + (passage && rand() < 0.7 ? `\n\n${pick(rand, passage)}` : '');
        const subject = vary(rand, template.subject);
        const serviceId = channel === 'web' ? pick(rand, servicesByDept.get(departmentId) ?? [null]) : null;
        const clerks = clerksByDept.get(departmentId) ?? [];
        const clerk = clerks.length ? pick(rand, clerks) : manager;

        // The trail, event by event, chained.
        let prev = GENESIS_HASH;
        let evSeq = 0;
        let at = receivedMs;
        const event = (type: string, actorType: string, actorId: string | null, visibility: string, data: unknown, stepMs = 0) => {
          at = Math.min(now - 60_000, Math.max(at, at + stepMs));
          evSeq += 1;
          const createdAt = new Date(at).toISOString();
          const json = JSON.stringify(data);
          const hash = eventHash(prev, { caseId, seq: evSeq, type, actorType, actorId, visibility, data: json, createdAt });
          rows(EVENTS).push([idAt(rand, at), caseId, evSeq, type, actorType, actorId, visibility, json, createdAt, prev, hash]);
          prev = hash;
          return createdAt;
        };
        const hours = (h: number) => Math.floor(h * 3_600_000 * (0.5 + rand()));
        const registeredBy = channel === 'letter' || channel === 'in_person' || channel === 'phone' ? (registry.length ? pick(rand, registry).id : null) : null;
        event('case_received', 'petitioner', petitioner.id, 'public', { channel, ...(channel === 'email' ? { via: 'smtp' } : channel === 'letter' || channel === 'in_person' ? { via: 'front-desk', scannedBy: registeredBy } : {}) });

        // Documents: the scanned letter (OCR), the e-mail's attachment sometimes.
        const docs: string[] = [];
        if (channel === 'letter' || (channel === 'email' && rand() < 0.35) || (channel === 'in_person' && rand() < 0.5)) {
          const docId = idAt(rand, at);
          const scan = channel !== 'email';
          const pageCount = 1 + (rand() < 0.3 ? 1 : 0);
          const filename = scan ? `skenas-${number}.pdf` : pick(rand, ['prasymas.pdf', 'dokumentai.pdf', 'wniosek.pdf', 'zayavlenie.pdf', 'letter.pdf']);
          const sha = createHash('sha256').update(docId).digest('hex');
          rows(DOCUMENTS).push([docId, caseId, scan ? 'original' : 'attachment', filename, 'application/pdf', 40_000 + Math.floor(rand() * 400_000), sha, receivedAt, 'extracted', pageCount, pageCount]);
          const confidences: number[] = [];
          for (let p = 1; p <= pageCount; p++) {
            const confidence = scan ? Math.round((0.62 + rand() * 0.36) * 1000) / 1000 : null;
            if (confidence !== null) confidences.push(confidence);
            const text = p === 1 ? `${subject}\n\n${body}` : vary(rand, pick(rand, passage ?? [body]));
            rows(PAGES).push([docId, p, caseId, text, confidence, scan ? 'ocr' : 'text-layer', receivedAt]);
            search.push(searchRow(caseId, `${docId}:${p}`, text, language));
            totals.pages += 1;
          }
          docs.push(docId);
          totals.documents += 1;
          event('document_added', 'system', null, 'internal', { documentId: docId, filename, sha256: sha }, 1000);
          event('text_extracted', 'system', null, 'internal', {
            documentId: docId, pages: pageCount, sources: [scan ? 'ocr' : 'text-layer'],
            meanConfidence: confidences.length ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 1000) / 1000 : null,
          }, 60_000);
        }

        let dueOn: string | null = null;
        let dueRule: string | null = null;
        let extendedBy = 0;
        let assigneeId: string | null = null;
        let clockPausedOn: string | null = null;
        let mergedIntoId: string | null = null;
        let reviewReason: string | null = null;
        if (status === 'received') {
          // Waiting for analysis: nothing more yet.
        } else if (status === 'needs_review') {
          reviewReason = pick(rand, ['review.low_confidence', 'review.language_unknown', 'review.no_department']);
          event('status_changed', 'system', null, 'public', { from: 'received', to: 'needs_review', reason: reviewReason }, hours(1));
        } else {
          dueRule = answerTermRule(kind).id;
          dueOn = dueOf(`${registeredOn}|${kind}`);
          const confidence = Math.round((0.45 + rand() * 0.54) * 1000) / 1000;
          const others = ref.departments.filter((d) => d !== departmentId);
          const top3 = [{ departmentId, confidence }, { departmentId: pick(rand, others), confidence: Math.round((1 - confidence) * 600) / 1000 }, { departmentId: pick(rand, others), confidence: Math.round((1 - confidence) * 300) / 1000 }];
          const evidence = subject.split(/\s+/).filter((w) => w.length > 4).slice(0, 3);
          const detected = langPicked;
          const languageConfidence = Math.round((0.7 + rand() * 0.3) * 1000) / 1000;
          const registeredAt = event('case_registered', 'system', null, 'public', {
            number, registeredOn, dueOn, departmentId, language,
            departmentConfidence: confidence, top3, evidence, detectedLanguage: detected, languageConfidence, languageNeedsReview: !served,
          }, hours(0.2));
          rows(ROUTING).push([caseId, departmentId, confidence, JSON.stringify(top3), JSON.stringify(evidence), detected, languageConfidence, served ? 0 : 1, registeredAt]);

          const forwarded = done === 'forwarded' || done === 'forwarded_closed';
          if (forwarded) {
            event('case_forwarded', 'user', clerk.id, 'public', { institution: pick(rand, INSTITUTIONS), reason: 'Prašymas ne savivaldybės kompetencijos', contact: null }, hours(20));
            event('status_changed', 'user', clerk.id, 'public', { from: 'registered', to: 'forwarded' });
            if (done === 'forwarded_closed') event('status_changed', 'user', clerk.id, 'public', { from: 'forwarded', to: 'closed' }, hours(48));
          } else if (status !== 'registered') {
            assigneeId = clerk.id;
            event('case_assigned', 'user', manager.id, 'internal', { assigneeId: clerk.id, assigneeName: clerk.name, previousAssigneeId: null }, hours(8));
            event('status_changed', 'user', manager.id, 'public', { from: 'registered', to: 'assigned' });
            if (status !== 'assigned') {
              event('status_changed', 'user', clerk.id, 'public', { from: 'assigned', to: 'in_progress' }, hours(24));
              if (rand() < 0.08 && dueOn) {
                const workingDays = kind === 'complaint' ? 5 : 10;
                const decidedOn = dateOf(at);
                const to = addWd(`${dueOn}|${workingDays}`);
                event('deadline_extended', 'user', clerk.id, 'public', { from: dueOn, to, workingDays, reason: 'Reikia papildomos informacijos iš kitų institucijų', noticeDueOn: noticeOf(decidedOn) }, hours(30));
                dueOn = to;
                extendedBy = workingDays;
              }
              if (status === 'awaiting_information') {
                event('status_changed', 'user', clerk.id, 'public', { from: 'in_progress', to: 'awaiting_information' }, hours(30));
                clockPausedOn = dateOf(at);
                event('clock_paused', 'user', clerk.id, 'public', { rule: APPLIED_INFORMATION_RULE, pausedOn: clockPausedOn, dueOn });
              } else if (!open) {
                if (done === 'merged') {
                  const target = recentCases.find((c) => c.petitionerId === petitioner!.id) ?? recentCases[recentCases.length - 1];
                  if (target) {
                    mergedIntoId = target.id;
                    event('merged_into', 'user', clerk.id, 'public', { caseId: target.id, caseNumber: target.number, documentIds: [], previousStatus: 'in_progress' }, hours(20));
                    event('status_changed', 'user', clerk.id, 'public', { from: 'in_progress', to: 'closed' });
                  }
                }
                if (!mergedIntoId) {
                  // Answered: a reply drafted, signed and sent (a reply document row; no PDF is stored).
                  const replyId = idAt(rand, at);
                  const templateId = pick(rand, TEMPLATES);
                  const draftedAt = event('reply_drafted', 'user', clerk.id, 'internal', { replyId, templateId, language: replyLanguage }, hours(24 * 8));
                  const docId = idAt(rand, at);
                  const delivery = petitioner.email ? 'email' : petitioner.address ? 'post' : 'in_person';
                  const sentAt = event('reply_sent', 'user', clerk.id, 'public', { replyId, documentId: docId, delivery }, hours(24 * 3));
                  rows(DOCUMENTS).push([docId, caseId, 'reply', `atsakymas-${number}.pdf`, 'application/pdf', 48_000, replyBlobSha, sentAt, 'stored', null, 0]);
                  rows(REPLIES).push([replyId, caseId, templateId, replyLanguage, `Dėl: ${subject}`.slice(0, 200), `<p>${subject}</p>`, 'sent', clerk.id, docId, delivery, draftedAt, sentAt, sentAt]);
                  totals.documents += 1;
                  totals.replies += 1;
                  event('status_changed', 'user', clerk.id, 'public', { from: 'in_progress', to: 'answered' });
                  if (status === 'closed') event('status_changed', 'user', clerk.id, 'public', { from: 'answered', to: 'closed' }, hours(24 * 10));
                } else {
                  status = 'closed';
                }
              }
            }
          }
        }
        if (done === 'merged' && !mergedIntoId && status === 'closed') status = 'closed';
        const updatedAt = new Date(at).toISOString();
        const code = scaleTrackingCode(seed, number);
        rows(CASES).push([
          caseId, number, year, seq, status, channel, kind, language, replyLanguage,
          status === 'received' || status === 'needs_review' ? null : departmentId, serviceId, assigneeId, petitioner.id, subject,
          body, receivedAt, status === 'received' || status === 'needs_review' ? null : registeredOn, dueOn, extendedBy, hashTrackingCode(secret, code),
          prev, evSeq, receivedAt, updatedAt, reviewReason, petitioner.email ? 'email' : petitioner.address ? 'post' : 'in_person',
          registeredBy, mergedIntoId, clockPausedOn, dueRule,
        ]);
        search.push(searchRow(caseId, 'case', `${subject}\n${body}`, language));
        recentCases.push({ id: caseId, number, petitionerId: petitioner.id });
        if (recentCases.length > 2000) recentCases.splice(0, 1000);
        totals.cases += 1;
        totals.events += evSeq;
          }
    return { index, tables: [...batch].map(([spec, list]) => [spec.table, list]), search, totals };
  };
}
