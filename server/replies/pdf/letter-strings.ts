/**
 * The few fixed words the letter layout and the signature stamp print themselves. Everything
 * else in a letter comes from its template. A Record over Lang makes a missing language a
 * compile error rather than an English word in a Russian letter.
 */
import type { Lang } from '../../languages.js';

export interface LetterStrings {
  /** Footer of every page. */
  pageOf(page: number, total: number): string;
  /** Before our registration number, after the date: "2026-03-04 Nr. VLN-2026-000123/1". */
  numberLabel: string;
  /** Headline of the visible signature stamp. */
  signedElectronically: string;
  signedBy: string;
  signedAt: string;
  certificate: string;
}

export const LETTER_STRINGS: Readonly<Record<Lang, LetterStrings>> = Object.freeze({
  lt: {
    pageOf: (page, total) => `Puslapis ${page} iš ${total}`,
    numberLabel: 'Nr.',
    signedElectronically: 'Pasirašyta elektroniniu būdu',
    signedBy: 'Pasirašė',
    signedAt: 'Data',
    certificate: 'Sertifikatas',
  },
  pl: {
    pageOf: (page, total) => `Strona ${page} z ${total}`,
    numberLabel: 'nr',
    signedElectronically: 'Podpisano elektronicznie',
    signedBy: 'Podpisujący',
    signedAt: 'Data',
    certificate: 'Certyfikat',
  },
  ru: {
    pageOf: (page, total) => `Страница ${page} из ${total}`,
    numberLabel: '№',
    signedElectronically: 'Подписано электронной подписью',
    signedBy: 'Подписал',
    signedAt: 'Дата',
    certificate: 'Сертификат',
  },
  en: {
    pageOf: (page, total) => `Page ${page} of ${total}`,
    numberLabel: 'No.',
    signedElectronically: 'Signed electronically',
    signedBy: 'Signed by',
    signedAt: 'Date',
    certificate: 'Certificate',
  },
});
