/**
 * The visible signature stamp: the appearance stream of the signature widget, saying in the
 * letter's language that the letter is signed electronically, by whom, when (Europe/Vilnius time
 * with its UTC offset, unambiguous in every language) and with which certificate.
 */
import {
  beginText,
  endText,
  fill,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFRef,
} from 'pdf-lib';
import type { Lang } from '../../languages.js';
import { LETTER_STRINGS } from '../pdf/letter-strings.js';

export interface StampText {
  headline: string;
  lines: string[];
}

const TIME_ZONE = 'Europe/Vilnius';

const VILNIUS_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** "2026-03-04 14:05:12 +02:00", in Vilnius time. */
function formatSigningTime(at: Date): string {
  const parts = Object.fromEntries(VILNIUS_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${offset}`;
}

export function stampText(lang: Lang, stamp: { signerName: string; certificateName: string; signingTime: Date }): StampText {
  const s = LETTER_STRINGS[lang];
  return {
    headline: s.signedElectronically,
    lines: [
      `${s.signedBy}: ${stamp.signerName}`,
      `${s.signedAt}: ${formatSigningTime(stamp.signingTime)}`,
      `${s.certificate}: ${stamp.certificateName}`,
    ].map((line) => line.replace(/\s+/g, ' ').normalize('NFC')),
  };
}

const FRAME: [number, number, number] = [0.16, 0.36, 0.62];
const PAPER: [number, number, number] = [0.95, 0.97, 1];
const INK: [number, number, number] = [0.11, 0.11, 0.12];
const PADDING = 6;

/** Shrinks a line to fit, down to a legible minimum; beyond that it is cut with an ellipsis. */
function fitLine(text: string, font: PDFFont, size: number, width: number): { text: string; size: number } {
  const natural = font.widthOfTextAtSize(text, size);
  if (natural <= width) return { text, size };
  const minimum = 5.5;
  const shrunk = Math.max(minimum, (size * width) / natural);
  if (font.widthOfTextAtSize(text, shrunk) <= width) return { text, size: shrunk };
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, minimum) > width) cut = cut.slice(0, -1);
  return { text: `${cut.trimEnd()}…`, size: minimum };
}

/** A form XObject of the given size, to be the widget's normal appearance (/AP /N). */
export function stampAppearance(doc: PDFDocument, font: PDFFont, width: number, height: number, text: StampText): PDFRef {
  const fontName = 'StampFont';
  const inner = width - 2 * PADDING;
  const headline = fitLine(`✓ ${text.headline}`, font, 8.5, inner);
  const lines = text.lines.map((line) => fitLine(line, font, 6.8, inner));
  const headlineLeading = headline.size * 1.45;
  const leading = 9.2;
  const content = headlineLeading + leading * lines.length;
  let baseline = height - Math.max(PADDING, (height - content) / 2) - headline.size * 0.95;

  const ops: PDFOperator[] = [
    pushGraphicsState(),
    setFillingRgbColor(...PAPER),
    rectangle(0, 0, width, height),
    fill(),
    setStrokingRgbColor(...FRAME),
    setLineWidth(0.9),
    rectangle(0.45, 0.45, width - 0.9, height - 0.9),
    stroke(),
    // The stamp's accent: a bar down its left edge.
    setFillingRgbColor(...FRAME),
    rectangle(0, 0, 2.4, height),
    fill(),
  ];
  const line = (t: { text: string; size: number }, color: [number, number, number], y: number) => {
    ops.push(beginText(), setFillingRgbColor(...color), setFontAndSize(fontName, t.size), moveText(PADDING + 1, y), showText(font.encodeText(t.text)), endText());
  };
  line(headline, FRAME, baseline);
  baseline -= headlineLeading;
  for (const l of lines) {
    line(l, INK, baseline);
    baseline -= leading;
  }
  ops.push(popGraphicsState());
  const stream = doc.context.formXObject(ops, { BBox: [0, 0, width, height], Resources: { Font: { [fontName]: font.ref } } });
  return doc.context.register(stream);
}
