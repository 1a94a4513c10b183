/** A search hit in its context: the best text of a case cut around its first hit, as segments. */
import { wordMatches, type SearchQuery } from './search-query.js';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

const WORDS_BEFORE = 6;
const WORDS_IN_SNIPPET = 30;

/** The text split into words and what lies between them: [sep, word, sep, word, …, sep]. */
function pieces(text: string): string[] {
  return text.replace(/\s+/g, ' ').split(/([\p{L}\p{N}]+)/u);
}

/** How many of the query's words a text holds, and where the first hit is (word index). */
export function scoreText(text: string, q: SearchQuery): { distinct: number; first: number; hits: Set<number> } {
  const p = pieces(text);
  const found = new Set<number>();
  const hits = new Set<number>();
  const cache = new Map<string, number>();
  let first = -1;
  for (let i = 1; i < p.length; i += 2) {
    const word = p[i]!.toLowerCase();
    let k = cache.get(word);
    if (k === undefined) {
      k = q.words.findIndex((w) => wordMatches(word, w));
      cache.set(word, k);
    }
    if (k >= 0) {
      found.add(k);
      hits.add(i);
      if (first < 0) first = i;
    }
  }
  return { distinct: found.size, first, hits };
}

/** The snippet of one text: up to 30 words from a little before the first hit, hits marked. */
export function snippetOf(text: string, q: SearchQuery): SnippetSegment[] {
  const p = pieces(text);
  const { first, hits } = q.words.length ? scoreText(text, q) : { first: -1, hits: new Set<number>() };
  const start = first < 0 ? 1 : Math.max(1, first - 2 * WORDS_BEFORE);
  const end = Math.min(p.length, start + 2 * WORDS_IN_SNIPPET);
  const out: SnippetSegment[] = [];
  const push = (s: string, hit: boolean) => {
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else out.push({ text: s, hit });
  };
  if (start > 1) push('… ', false);
  for (let i = start; i < end; i++) push(p[i]!, hits.has(i));
  if (end < p.length) push(' …', false);
  const head = out[0];
  if (head && !head.hit) head.text = head.text.trimStart();
  const tail = out[out.length - 1];
  if (tail && !tail.hit) tail.text = tail.text.trimEnd();
  return out.filter((s) => s.text.length > 0);
}

/** Per case: the text with the most distinct query words (the petition on a tie), as a snippet. */
export function bestSnippets(texts: { case_id: string; ref: string; text: string }[], q: SearchQuery): Map<string, SnippetSegment[]> {
  const best = new Map<string, { ref: string; text: string; distinct: number }>();
  for (const t of texts) {
    const distinct = q.words.length ? scoreText(t.text, q).distinct : 0;
    const cur = best.get(t.case_id);
    if (!cur || distinct > cur.distinct || (distinct === cur.distinct && t.ref === 'case')) best.set(t.case_id, { ...t, distinct });
  }
  const out = new Map<string, SnippetSegment[]>();
  for (const [caseId, t] of best) out.set(caseId, snippetOf(t.text, q));
  return out;
}
