/**
 * Writes a laid-out letter as a PDF with pdf-lib: DejaVu fonts embedded as subsets (only the
 * glyphs the letter uses), document title and /Lang from the reply language, clickable links,
 * and an empty signature field where the signer will put its visible stamp.
 */
import {
  PDFDocument,
  PDFName,
  PDFString,
  beginText,
  endText,
  fill as fillPath,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { LANGUAGES } from '../../languages.js';
import { FONT_STYLES, LETTER_FONT_FEATURES, type FontStyle } from './font-metrics.js';
import { letterFonts } from './fonts.adapter.js';
import type { Color, DrawOp } from './layout-boxes.js';
import type { LetterContent } from './letter-content.js';
import { layoutLetter } from './letter-layout.js';

/** The field the letter leaves for the signer (see signing/pades-signer.adapter.ts). */
export const SIGNATURE_FIELD_NAME = 'LetterSignature';

/**
 * A subset font's name starts with six capital letters and "+" (PDF 32000-1, 9.6.4), telling
 * readers that only some glyphs are present. One fixed tag per style is enough inside one file.
 */
const SUBSET_TAGS: Readonly<Record<FontStyle, string>> = { regular: 'PDLTRA', bold: 'PDLTRB', italic: 'PDLTRC', boldItalic: 'PDLTRD' };

/** PDF URIs are 7-bit ASCII (PDF 32000-1, 12.6.4.7). */
function asciiUri(href: string): string {
  if (/^[\x20-\x7e]*$/.test(href)) return href;
  try {
    return encodeURI(decodeURI(href));
  } catch {
    // A malformed escape or a lone surrogate: percent-encode what can be, drop what cannot.
    return Array.from(href, (c) => (/[\x20-\x7e]/.test(c) ? c : /[\ud800-\udfff]/.test(c) ? '' : encodeURIComponent(c))).join('');
  }
}

export interface RenderOptions {
  /** Creation date written into the document information; defaults to now. */
  now?: Date;
}

export async function renderLetterPdf(letter: LetterContent, options: RenderOptions = {}): Promise<Uint8Array> {
  const fonts = letterFonts();
  const layout = layoutLetter(letter, fonts.metrics);
  const { width, height } = layout.geometry;

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fonts.fontkit);
  const used = new Set<FontStyle>(layout.pages.flatMap((p) => p.ops.flatMap((op) => (op.kind === 'text' ? [op.font] : []))));
  const embedded = new Map<FontStyle, PDFFont>();
  for (const style of FONT_STYLES) {
    if (!used.has(style)) continue;
    const face = fonts.faces[style];
    embedded.set(
      style,
      await doc.embedFont(face.bytes, { subset: true, customName: `${SUBSET_TAGS[style]}+${face.font.postscriptName}`, features: LETTER_FONT_FEATURES }),
    );
  }

  let signatureFieldPlaced = false;
  for (const laidOut of layout.pages) {
    const page = doc.addPage([width, height]);
    drawPage(doc, page, laidOut.ops, height, embedded);
    for (const op of laidOut.ops) {
      if (op.kind !== 'signatureField' || signatureFieldPlaced) continue;
      addSignatureField(doc, page, [op.x, height - op.y - op.height, op.x + op.width, height - op.y]);
      signatureFieldPlaced = true;
    }
  }

  const now = options.now ?? new Date();
  doc.setTitle(letter.documentTitle, { showInWindowTitleBar: true });
  doc.setLanguage(LANGUAGES[letter.lang].intlLocale);
  doc.setAuthor(letter.letterhead.institution);
  doc.setSubject(letter.title);
  doc.setCreator('Petition Desk');
  doc.setProducer('Petition Desk (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  // pdf-lib yields to the event loop every 50 objects by default (a setTimeout each): for a
  // letter of a few hundred objects that is idle waiting, not fairness.
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
}

/**
 * Draws one page's operations straight into its content stream: one text object (BT … ET) per run
 * of text, the font and colour set only when they change. pdf-lib's drawText would wrap every
 * string in its own graphics state, which costs time and bytes and gains nothing here.
 */
function drawPage(doc: PDFDocument, page: PDFPage, ops: readonly DrawOp[], pageHeight: number, fonts: Map<FontStyle, PDFFont>): void {
  const out: PDFOperator[] = [pushGraphicsState()];
  const fontKeys = new Map<FontStyle, PDFName>();
  let inText = false;
  let textFont = '';
  let fill = '';
  let strokeColor = '';
  let lineWidth = -1;
  let decorations: { x1: number; x2: number; y: number; thickness: number; color: Color }[] = [];

  const setFill = (c: Color) => {
    const key = c.join(' ');
    if (key !== fill) out.push(setFillingRgbColor(c[0], c[1], c[2]));
    fill = key;
  };
  const setStroke = (c: Color, width: number) => {
    const key = c.join(' ');
    if (key !== strokeColor) out.push(setStrokingRgbColor(c[0], c[1], c[2]));
    if (width !== lineWidth) out.push(setLineWidth(width));
    strokeColor = key;
    lineWidth = width;
  };
  const line = (x1: number, y1: number, x2: number, y2: number) => out.push(moveTo(x1, y1), lineTo(x2, y2), stroke());
  const endTextObject = () => {
    if (!inText) return;
    out.push(endText());
    inText = false;
    for (const d of decorations) {
      setStroke(d.color, d.thickness);
      line(d.x1, d.y, d.x2, d.y);
    }
    decorations = [];
  };

  for (const op of ops) {
    if (op.kind === 'text') {
      const font = fonts.get(op.font)!;
      if (!inText) {
        out.push(beginText());
        inText = true;
        textFont = '';
      }
      let key = fontKeys.get(op.font);
      if (!key) fontKeys.set(op.font, (key = page.node.newFontDictionary(font.name, font.ref)));
      if (textFont !== `${op.font} ${op.size}`) out.push(setFontAndSize(key, op.size));
      textFont = `${op.font} ${op.size}`;
      setFill(op.color);
      const baseline = pageHeight - op.y;
      out.push(setTextMatrix(1, 0, 0, 1, op.x, baseline), showText(font.encodeText(op.text)));
      if (op.underline || op.strike) {
        const width = font.widthOfTextAtSize(op.text.replace(/ +$/, ''), op.size);
        const thickness = op.size * 0.055;
        if (op.underline) decorations.push({ x1: op.x, x2: op.x + width, y: baseline - op.size * 0.12, thickness, color: op.color });
        if (op.strike) decorations.push({ x1: op.x, x2: op.x + width, y: baseline + op.size * 0.3, thickness, color: op.color });
      }
      continue;
    }
    endTextObject();
    switch (op.kind) {
      case 'line':
        setStroke(op.color, op.width);
        line(op.x1, pageHeight - op.y1, op.x2, pageHeight - op.y2);
        break;
      case 'rect':
        if (op.fill) {
          setFill(op.fill);
          out.push(rectangle(op.x, pageHeight - op.y - op.height, op.width, op.height), fillPath());
        }
        if (op.stroke) {
          setStroke(op.stroke, op.lineWidth ?? 0.5);
          out.push(rectangle(op.x, pageHeight - op.y - op.height, op.width, op.height), stroke());
        }
        break;
      case 'link': {
        const annotation = doc.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [op.x, pageHeight - op.y - op.height, op.x + op.width, pageHeight - op.y],
          Border: [0, 0, 0],
          A: { Type: 'Action', S: 'URI', URI: PDFString.of(asciiUri(op.href)) },
        });
        page.node.addAnnot(doc.context.register(annotation));
        break;
      }
      case 'signatureField':
        break;
    }
  }
  endTextObject();
  out.push(popGraphicsState());
  page.pushOperators(...out);
}

/** An empty, printable signature field: the signer fills it and draws the stamp in its rectangle. */
function addSignatureField(doc: PDFDocument, page: PDFPage, rect: [number, number, number, number]): void {
  const widget = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of(SIGNATURE_FIELD_NAME),
    F: 4,
    Rect: rect,
    P: page.ref,
  });
  const ref = doc.context.register(widget);
  page.node.addAnnot(ref);
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [ref] }));
}
