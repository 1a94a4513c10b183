/**
 * Demo letters in every served language: a one-page answer about a water meter (from the
 * municipality) and a three-page answer to a heating-bill complaint (from the heat supplier) with
 * headings, lists, tables and a long link. The `letter` command uses them when no case is given;
 * tests and bench/pdf.ts use them as realistic material.
 */
import type { Lang } from '../../languages.js';
import { enDemoLetters } from './demo-letters-en.js';
import { ltDemoLetters } from './demo-letters-lt.js';
import type { LetterContent } from './letter-content.js';
import { plDemoLetters } from './demo-letters-pl.js';
import { ruDemoLetters } from './demo-letters-ru.js';

export type DemoLetterLength = 'short' | 'long';
export const DEMO_LETTER_LENGTHS: readonly DemoLetterLength[] = ['short', 'long'];

export type DemoLetters = Readonly<Record<DemoLetterLength, LetterContent>>;

const DEMO_LETTERS: Readonly<Record<Lang, DemoLetters>> = { lt: ltDemoLetters, pl: plDemoLetters, ru: ruDemoLetters, en: enDemoLetters };

/** A fresh copy, so a caller may change it (e.g. put in a real case's number). */
export function demoLetter(lang: Lang, length: DemoLetterLength = 'short'): LetterContent {
  return structuredClone(DEMO_LETTERS[lang][length]);
}
