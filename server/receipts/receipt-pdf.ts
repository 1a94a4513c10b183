/**
 * Lays a receipt out on one A4 or A5 page with pdf-lib, in the letters' typeface (DejaVu Sans,
 * embedded as subsets: replies/pdf/fonts.adapter.ts), and draws the QR code as vector squares,
 * one rectangle per run of dark modules, so it prints sharp at any resolution.
 */
import { PDFDocument, PageSizes, closePath, fill, moveTo, lineTo, popGraphicsState, pushGraphicsState, rgb, setFillingRgbColor, type PDFFont, type PDFPage, type PDFOperator } from 'pdf-lib';
import QRCode from 'qrcode';
import { LANGUAGES } from '../languages.js';
import { LETTER_TEXTS } from '../replies/letter-texts.js';
import { LETTER_FONT_FEATURES, type FontMetrics, type FontStyle } from '../replies/pdf/font-metrics.js';
import { letterFonts } from '../replies/pdf/fonts.adapter.js';
import type { PaperSize, ReceiptContent } from './receipt.js';
import { RECEIPT_TEXTS } from './receipt-texts.js';

const PAGE: Readonly<Record<PaperSize, [number, number]>> = { A4: PageSizes.A4 as [number, number], A5: PageSizes.A5 as [number, number] };
/** A5 is A4 halved: the type shrinks less than the paper, so the receipt stays readable at the counter. */
const SCALE: Readonly<Record<PaperSize, number>> = { A4: 1, A5: 0.8 };

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.38, 0.38, 0.38);
const RULE = rgb(0.7, 0.7, 0.7);
/** Modules of white around the QR code (ISO/IEC 18004 asks for four). */
const QUIET_ZONE = 4;

type Style = Extract<FontStyle, 'regular' | 'bold'>;

interface Pen {
  page: PDFPage;
  fonts: Record<Style, PDFFont>;
  metrics: FontMetrics;
  /** The baseline's distance from the top of the page. */
  y: number;
}

/**
 * Greedy line breaking at spaces; a word longer than the line (a URL) is broken where it must be.
 * A one-letter word (Polish "z", "w", Russian "в", "с") never ends a line: it goes with the next.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = words.at(-1);
    if (last !== undefined && /(^|\s)\p{L}$/u.test(last)) words[words.length - 1] = `${last} ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function write(pen: Pen, text: string, x: number, style: Style, size: number, color = INK): void {
  const height = pen.page.getHeight();
  pen.page.drawText(text, { x, y: height - pen.y, font: pen.fonts[style], size, color });
}

/** Writes a paragraph from the current line on; leaves the pen on the next line after it. */
function paragraph(pen: Pen, text: string, x: number, width: number, style: Style, size: number, color = INK): void {
  const lineHeight = size * 1.35;
  for (const line of wrapText(text, width, (s) => pen.metrics.widthOf(s, style, size))) {
    write(pen, line, x, style, size, color);
    pen.y += lineHeight;
  }
}

/** The QR code's dark modules as filled rectangles, its top left corner at (x, top), `size` wide with its quiet zone. */
function drawQr(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = size / (n + 2 * QUIET_ZONE);
  const pageTop = page.getHeight() - top;
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  const square = (x0: number, y0: number, w: number, h: number) => ops.push(moveTo(x0, y0), lineTo(x0 + w, y0), lineTo(x0 + w, y0 + h), lineTo(x0, y0 + h), closePath());
  for (let row = 0; row < n; row += 1) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col += 1;
      const x0 = x + (QUIET_ZONE + start) * unit;
      const y0 = pageTop - (QUIET_ZONE + row + 1) * unit;
      square(x0, y0, (col - start) * unit, unit);
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

export async function renderReceiptPdf(receipt: ReceiptContent, options: { now?: Date } = {}): Promise<Uint8Array> {
  const texts = RECEIPT_TEXTS[receipt.lang];
  const letter = LETTER_TEXTS[receipt.lang];
  const fonts = letterFonts();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fonts.fontkit);
  const embed = (style: Style) => doc.embedFont(fonts.faces[style].bytes, { subset: true, features: LETTER_FONT_FEATURES });
  const pen: Pen = { page: doc.addPage(PAGE[receipt.paper]), fonts: { regular: await embed('regular'), bold: await embed('bold') }, metrics: fonts.metrics, y: 0 };
  const k = SCALE[receipt.paper];
  const { width, height } = pen.page.getSize();
  const margin = 56 * k;
  const inner = width - 2 * margin;
  const size = { small: 8.5 * k, body: 10.5 * k, label: 9.5 * k, value: 11 * k, heading: 12 * k, title: 18 * k, code: 17 * k };

  // The sender, as on the letters.
  pen.y = margin + size.value;
  write(pen, letter.municipality, margin, 'bold', size.value);
  pen.y += size.value * 1.4;
  write(pen, letter.address, margin, 'regular', size.small, MUTED);
  pen.y += size.small * 1.2;
  pen.page.drawLine({ start: { x: margin, y: height - pen.y }, end: { x: width - margin, y: height - pen.y }, thickness: 0.6, color: RULE });

  pen.y += size.title * 1.9;
  paragraph(pen, texts.title, margin, inner, 'bold', size.title);
  pen.y += size.body * 0.4;

  // The facts, label beside value.
  const rows: [string, string, Style][] = [
    [texts.number, receipt.number, 'bold'],
    [texts.received, receipt.receivedOn, 'regular'],
    [texts.registered, receipt.registeredOn ?? texts.registeredPending, 'regular'],
    [texts.due, receipt.dueOn ?? texts.duePending, receipt.dueOn ? 'bold' : 'regular'],
    ...(receipt.department ? [[texts.department, receipt.department, 'regular'] as [string, string, Style]] : []),
  ];
  const labelWidth = Math.min(inner * 0.42, Math.max(...rows.map(([label]) => pen.metrics.widthOf(label, 'regular', size.label))) + 14 * k);
  for (const [label, value, style] of rows) {
    write(pen, label, margin, 'regular', size.label, MUTED);
    const top = pen.y;
    paragraph(pen, value, margin + labelWidth, inner - labelWidth, style, size.value);
    pen.y = Math.max(pen.y, top + size.value * 1.35) + size.value * 0.35;
  }

  pen.y += size.heading;
  paragraph(pen, texts.nextHeading, margin, inner, 'bold', size.heading);
  pen.y += size.body * 0.1;
  paragraph(pen, receipt.registeredOn ? texts.nextRegistered : texts.nextPending, margin, inner, 'regular', size.body);

  // The tracking box: the QR code on the left, what to do with the code on the right.
  pen.y += size.heading * 0.8;
  const boxTop = pen.y;
  const pad = 12 * k;
  const qrSize = 132 * k;
  const textX = margin + pad + qrSize + pad;
  const textWidth = width - margin - pad - textX;
  pen.y = boxTop + pad + size.heading;
  paragraph(pen, texts.trackHeading, textX, textWidth, 'bold', size.heading);
  pen.y += size.body * 0.1;
  paragraph(pen, texts.track(receipt.statusPage), textX, textWidth, 'regular', size.body);
  pen.y += size.body * 0.5;
  write(pen, texts.codeLabel, textX, 'regular', size.label, MUTED);
  // The code on one line, as large as the column lets it be: it is copied by hand.
  const codeSize = Math.min(size.code, size.code * (textWidth / pen.metrics.widthOf(receipt.trackingCode, 'bold', size.code)));
  pen.y += codeSize * 1.5;
  write(pen, receipt.trackingCode, textX, 'bold', codeSize);
  pen.y += codeSize * 0.5;
  const boxBottom = Math.max(pen.y + pad, boxTop + pad + qrSize + pad);
  pen.page.drawRectangle({ x: margin, y: height - boxBottom, width: inner, height: boxBottom - boxTop, borderColor: RULE, borderWidth: 0.8 });
  drawQr(pen.page, receipt.statusUrl, margin + pad, boxTop + pad, qrSize);

  pen.y = boxBottom + size.body * 1.8;
  paragraph(pen, texts.keep, margin, inner, 'regular', size.body);

  // Footer: when it was printed, and the number once more for the counter's copy.
  pen.y = height - margin + size.small;
  write(pen, texts.printed(receipt.printedOn), margin, 'regular', size.small, MUTED);
  const footerRight = receipt.number;
  write(pen, footerRight, width - margin - pen.metrics.widthOf(footerRight, 'regular', size.small), 'regular', size.small, MUTED);

  const now = options.now ?? new Date();
  doc.setTitle(`${texts.title} ${receipt.number}`, { showInWindowTitleBar: true });
  doc.setLanguage(LANGUAGES[receipt.lang].intlLocale);
  doc.setAuthor(letter.municipality);
  doc.setCreator('Petition Desk');
  doc.setProducer('Petition Desk (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return doc.save({ useObjectStreams: false });
}
