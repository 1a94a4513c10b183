/** A generated chunk as it crosses to the inserting thread: rows for SQLite, COPY text for PostgreSQL. */
import type { Chunk, ChunkTotals } from './seed-scale-generate.js';

export interface ReadyChunk {
  index: number;
  totals: ChunkTotals;
  /** table → rows (format 'rows') or COPY text (format 'copy'), parents first. */
  tables: [string, unknown[][] | string][];
  /** The search texts: rows [caseId, ref, text, terms] or COPY text of the same four columns. */
  search: unknown[][] | string;
  rowCount: number;
}

function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') return String(v);
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

export function copyText(rows: unknown[][]): string {
  let out = '';
  for (const row of rows) {
    for (let k = 0; k < row.length; k++) out += (k ? '\t' : '') + copyValue(row[k]);
    out += '\n';
  }
  return out;
}

export function chunkForTransfer(chunk: Chunk, format: 'rows' | 'copy'): ReadyChunk {
  const search = chunk.search.map((r) => [r.caseId, r.ref, r.text, r.terms]);
  let rowCount = search.length;
  for (const [, rows] of chunk.tables) rowCount += rows.length;
  return {
    index: chunk.index,
    totals: chunk.totals,
    tables: format === 'copy' ? chunk.tables.map(([t, rows]) => [t, copyText(rows)]) : chunk.tables,
    search: format === 'copy' ? copyText(search) : search,
    rowCount,
  };
}
