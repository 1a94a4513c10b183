/** The shared corpus, read for seed-scale's texts: petitions (JSON Lines with subject and body) and passages. */
import fs from 'node:fs';
import path from 'node:path';

export interface CorpusItem {
  lang: string;
  department: string | null;
  channel: string | null;
  subject: string;
  body: string;
  petitioner: { name: string; email: string | null; phone: string | null; address: string | null } | null;
}

/** Petitions of the shared corpus (JSON Lines with subject and body), and passages in other languages. */
export function readCorpus(dir: string): { petitions: CorpusItem[]; passages: { lang: string; text: string }[] } {
  const petitions: CorpusItem[] = [];
  const passages: { lang: string; text: string }[] = [];
  if (!fs.existsSync(dir)) return { petitions, passages };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let item: Record<string, unknown>;
      try {
        item = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (typeof item.body === 'string' && typeof item.subject === 'string' && typeof item.lang === 'string') {
        petitions.push({
          lang: item.lang,
          department: typeof item.department === 'string' ? item.department : null,
          channel: typeof item.channel === 'string' ? item.channel : null,
          subject: item.subject,
          body: item.body,
          petitioner: (item.petitioner as CorpusItem['petitioner']) ?? null,
        });
      } else if (typeof item.text === 'string' && typeof item.lang === 'string' && item.text.length > 20) {
        passages.push({ lang: item.lang, text: item.text });
      }
    }
  }
  return { petitions, passages };
}
