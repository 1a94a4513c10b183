/**
 * Breaks styled runs into lines of a given width. Words break at spaces; a word wider than the
 * whole line (a long URL, a file name) is broken between grapheme clusters, preferably after
 * "/", "." or "_". Nothing is hyphenated: an added hyphen would change the words a reader (or
 * pdftotext) gets back. For the same reason a broken word never ends a line with a hyphen of its
 * own: text extractors take a hyphen at the end of a line for hyphenation and drop it.
 */
import type { FontMetrics, FontStyle } from './font-metrics.js';
import { fontStyleOf } from './font-metrics.js';
import type { Inline, InlineStyle } from './html-blocks.js';

/** A piece of one line in a single style. */
export interface LineSegment {
  /** From the line's start. */
  x: number;
  width: number;
  text: string;
  font: FontStyle;
  style: InlineStyle;
}

export interface Line {
  width: number;
  segments: LineSegment[];
}

interface Fragment {
  text: string;
  style: InlineStyle;
  width: number;
}

type Token = { kind: 'word'; fragments: Fragment[]; width: number } | { kind: 'space'; style: InlineStyle } | { kind: 'break' };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const BREAK_AFTER = /[/._?&=,;:]/;
const HYPHENS = /^[-\u00ad\u2010\u2011]$/;

function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.href === b.href;
}

export interface TextSetting {
  size: number;
  /** Forced on every run (headings). */
  bold?: boolean;
  metrics: FontMetrics;
}

function tokenize(inlines: Inline[], setting: TextSetting): Token[] {
  const tokens: Token[] = [];
  let word: Fragment[] | null = null;
  const endWord = () => {
    if (word) tokens.push({ kind: 'word', fragments: word, width: word.reduce((w, f) => w + f.width, 0) });
    word = null;
  };
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      endWord();
      tokens.push({ kind: 'break' });
      continue;
    }
    const style = setting.bold ? { ...inline.style, bold: true } : inline.style;
    const font = fontStyleOf(style.bold, style.italic);
    for (const piece of inline.text.split(/( +)/)) {
      if (piece === '') continue;
      if (piece[0] === ' ') {
        endWord();
        if (tokens[tokens.length - 1]?.kind !== 'space') tokens.push({ kind: 'space', style });
      } else {
        (word ??= []).push({ text: piece, style, width: setting.metrics.widthOf(piece, font, setting.size) });
      }
    }
  }
  endWord();
  return tokens;
}

/** Splits a word that is wider than a whole line into pieces that each fit. */
function splitLongWord(fragments: Fragment[], maxWidth: number, setting: TextSetting): Fragment[][] {
  const units: { text: string; style: InlineStyle; width: number }[] = [];
  for (const fragment of fragments) {
    const font = fontStyleOf(fragment.style.bold, fragment.style.italic);
    for (const { segment } of graphemes.segment(fragment.text)) {
      units.push({ text: segment, style: fragment.style, width: setting.metrics.widthOf(segment, font, setting.size) });
    }
  }
  const pieces: (typeof units)[] = [];
  let start = 0;
  while (start < units.length) {
    let width = 0;
    let end = start;
    let preferred = -1;
    while (end < units.length && (end === start || width + units[end].width <= maxWidth)) {
      width += units[end].width;
      if (BREAK_AFTER.test(units[end].text)) preferred = end + 1;
      end++;
    }
    // Break after punctuation when that still fills a good part of the line.
    if (end < units.length && preferred > start) {
      const preferredWidth = units.slice(start, preferred).reduce((w, u) => w + u.width, 0);
      if (preferredWidth >= maxWidth * 0.6) end = preferred;
    }
    // Keep a hyphen at the start of the next line rather than at the end of this one.
    if (end < units.length && end - 1 > start && HYPHENS.test(units[end - 1].text)) end--;
    pieces.push(units.slice(start, end));
    start = end;
  }
  return pieces.map((piece) => {
    const merged: Fragment[] = [];
    for (const unit of piece) {
      const last = merged[merged.length - 1];
      if (last && sameStyle(last.style, unit.style)) {
        last.text += unit.text;
        last.width += unit.width;
      } else merged.push({ ...unit });
    }
    return merged;
  });
}

function toLine(parts: Fragment[]): Line {
  // Trailing spaces are not part of the line's width.
  while (parts.length > 0 && parts[parts.length - 1].text === ' ') parts.pop();
  const segments: LineSegment[] = [];
  let x = 0;
  for (const part of parts) {
    const last = segments[segments.length - 1];
    if (last && sameStyle(last.style, part.style)) {
      last.text += part.text;
      last.width += part.width;
    } else {
      segments.push({ x, width: part.width, text: part.text, style: part.style, font: fontStyleOf(part.style.bold, part.style.italic) });
    }
    x += part.width;
  }
  return { width: x, segments };
}

/** Lines of at most maxWidth points (except a single grapheme wider than the line, which cannot be helped). */
export function breakLines(inlines: Inline[], maxWidth: number, setting: TextSetting): Line[] {
  const tokens = tokenize(inlines, setting);
  const lines: Line[] = [];
  let current: Fragment[] = [];
  let width = 0;
  let pendingSpace: InlineStyle | null = null;
  const newLine = () => {
    lines.push(toLine(current));
    current = [];
    width = 0;
    pendingSpace = null;
  };
  for (const token of tokens) {
    if (token.kind === 'break') {
      newLine();
      continue;
    }
    if (token.kind === 'space') {
      if (current.length > 0) pendingSpace = token.style;
      continue;
    }
    const space: Fragment | null = pendingSpace
      ? { text: ' ', style: pendingSpace, width: setting.metrics.widthOf(' ', fontStyleOf(pendingSpace.bold, pendingSpace.italic), setting.size) }
      : null;
    if (width + (space?.width ?? 0) + token.width <= maxWidth) {
      if (space) current.push(space);
      current.push(...token.fragments);
      width += (space?.width ?? 0) + token.width;
      pendingSpace = null;
      continue;
    }
    if (current.length > 0) newLine();
    if (token.width <= maxWidth) {
      current.push(...token.fragments);
      width = token.width;
      continue;
    }
    const pieces = splitLongWord(token.fragments, maxWidth, setting);
    pieces.forEach((piece, index) => {
      current.push(...piece);
      width = piece.reduce((w, f) => w + f.width, 0);
      if (index < pieces.length - 1) newLine();
    });
  }
  if (current.length > 0 || lines.length === 0) lines.push(toLine(current));
  return lines;
}

/** The width of the longest unbreakable word, and of the whole text on one line (table column sizing). */
export function measureInlines(inlines: Inline[], setting: TextSetting): { longestWord: number; singleLine: number } {
  let longestWord = 0;
  let line = 0;
  let singleLine = 0;
  for (const token of tokenize(inlines, setting)) {
    if (token.kind === 'break') {
      singleLine = Math.max(singleLine, line);
      line = 0;
    } else if (token.kind === 'space') {
      line += setting.metrics.widthOf(' ', fontStyleOf(token.style.bold, token.style.italic), setting.size);
    } else {
      longestWord = Math.max(longestWord, token.width);
      line += token.width;
    }
  }
  return { longestWord, singleLine: Math.max(singleLine, line) };
}
