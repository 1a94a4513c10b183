/**
 * The language benchmark's material: ../shared/corpus (langid-real.jsonl and the dev petitions),
 * read once. Test and benchmark material only.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface LanguageItem {
  id: string;
  lang: string;
  text: string;
  /** Typed without diacritics, or Russian in Latin letters. */
  plain: boolean;
  source: 'langid' | 'petition';
}

export function corpusDir(): string {
  return process.env.CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../shared/corpus');
}

function readJsonl(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(path.join(corpusDir(), file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export interface Petition {
  id: string;
  lang: string;
  department: string;
  subject: string;
  body: string;
  diacritics: boolean;
  notes?: string;
}

export function loadPetitions(): Petition[] {
  return ['petitions-dev-ltpl.jsonl', 'petitions-dev-ruen.jsonl'].flatMap((f) => readJsonl(f) as unknown as Petition[]);
}

export function loadLanguageItems(): LanguageItem[] {
  const langid = readJsonl('langid-real.jsonl').map((r) => ({
    id: String(r.id),
    lang: String(r.lang),
    text: String(r.text),
    plain: r.stripped === true,
    source: 'langid' as const,
  }));
  const petitions = loadPetitions().map((p) => ({
    id: p.id,
    lang: p.lang,
    text: p.subject ? `${p.subject}\n${p.body}` : p.body,
    plain: !p.diacritics,
    source: 'petition' as const,
  }));
  return [...langid, ...petitions];
}
