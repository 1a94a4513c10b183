/**
 * The languages a page can be read in, and the tesseract model of each: the four the desk serves
 * (their codes come from languages.ts) and the ones residents of Vilnius also write in, whose
 * models (Debian's tesseract-ocr-ukr, -bel, -deu, -lav) a page is read again with when its first
 * reading looks like one of them (ocr-language-choice.ts). Pure constants.
 */
import { LANGUAGES } from '../languages.js';
import type { DetectableLanguage } from '../language/language.js';

/** Every language the OCR has a model for: the detector's languages, no more. */
export type OcrLanguage = DetectableLanguage;

export const TESSERACT_MODELS: Readonly<Record<OcrLanguage, string>> = Object.freeze({
  lt: LANGUAGES.lt.tesseract,
  pl: LANGUAGES.pl.tesseract,
  ru: LANGUAGES.ru.tesseract,
  en: LANGUAGES.en.tesseract,
  uk: 'ukr',
  be: 'bel',
  de: 'deu',
  lv: 'lav',
});
