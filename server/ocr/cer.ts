/**
 * Character error rate: how far recognised text is from the true text, as the share of
 * characters that must be inserted, deleted or substituted. Used by the OCR tests and bench/ocr.ts.
 *
 * Whitespace is normalised first (every run becomes one space, ends trimmed) because layout —
 * line breaks, blank lines between paragraphs, the indentation of an address block — is not what
 * a clerk reads or searches; the characters are. Text is compared in Unicode NFC so that "ė"
 * written as one code point or as "e" + combining dot counts as the same letter.
 */

export function normaliseForCer(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance over code points, in O(min(a, b)) memory. */
export function editDistance(a: string, b: string): number {
  let s = Array.from(a);
  let t = Array.from(b);
  if (s.length < t.length) [s, t] = [t, s];
  if (t.length === 0) return s.length;
  let previous = new Int32Array(t.length + 1);
  let current = new Int32Array(t.length + 1);
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    const si = s[i - 1];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1] + (si === t[j - 1] ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length];
}

export interface CerResult {
  /** Edit distance between the normalised texts. */
  errors: number;
  /** Characters in the normalised reference. */
  referenceLength: number;
  /** errors / referenceLength (0 when both are empty; 1 per stray character when the reference is empty). */
  cer: number;
}

export function characterErrorRate(recognised: string, reference: string): CerResult {
  const hypothesis = normaliseForCer(recognised);
  const truth = normaliseForCer(reference);
  const errors = editDistance(hypothesis, truth);
  const referenceLength = Array.from(truth).length;
  const cer = referenceLength === 0 ? (errors === 0 ? 0 : errors) : errors / referenceLength;
  return { errors, referenceLength, cer };
}
