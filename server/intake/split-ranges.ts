/**
 * The page ranges a scanned stack is split into. Pure: they must cover every page of the document
 * once, in order, in at least two letters; anything else is refused with a reason the clerk reads
 * (errors.reason.split_*).
 */
import { InvalidInputError } from '../errors.js';

/** Pages of a document, 1-based and inclusive. */
export interface PageRange {
  from: number;
  to: number;
}

export function checkSplitRanges(ranges: readonly PageRange[], pageCount: number): PageRange[] {
  if (ranges.length < 2) throw new InvalidInputError('a split needs at least two letters', { reason: 'split_single_letter' });
  for (const r of ranges) {
    if (!Number.isInteger(r.from) || !Number.isInteger(r.to) || r.from < 1 || r.to > pageCount || r.from > r.to) {
      throw new InvalidInputError('page range outside the document', { reason: 'split_out_of_range' });
    }
  }
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  // Overlaps first: a page given twice is the likelier slip, and says more than a page left out.
  for (const [i, r] of sorted.entries()) {
    if (i > 0 && r.from <= sorted[i - 1].to) throw new InvalidInputError('page ranges overlap', { reason: 'split_overlap' });
  }
  const covered = sorted.reduce((n, r) => n + (r.to - r.from + 1), 0);
  if (covered !== pageCount) throw new InvalidInputError('pages left out', { reason: 'split_gap' });
  return sorted.map((r) => ({ from: r.from, to: r.to }));
}

/** The clerk's choice on the split page — "a new letter starts at this page" — as ranges (page 1 always starts one). */
export function rangesFromStarts(starts: readonly number[], pageCount: number): PageRange[] {
  const firsts = [...new Set([1, ...starts])].filter((p) => Number.isInteger(p) && p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return firsts.map((from, i) => ({ from, to: (firsts[i + 1] ?? pageCount + 1) - 1 }));
}
