/**
 * Our letter on A4: letterhead in the reply language, date and our number, the reference to
 * their petition, the recipient, the subject, the body, the signature block with room for the
 * visible signature stamp, and "page x of n" at the foot of every page. Pure: it measures with
 * the font metrics it is given and returns drawing operations; the PDF writer only draws them.
 */
import { addressWindowOps, FLOW_TOP_AFTER_FIELD } from './address-window.js';
import { layoutBlocks } from './block-layout.js';
import type { FontMetrics } from './font-metrics.js';
import { parseLetterHtml, type Inline, type InlineStyle } from './html-blocks.js';
import { INK, MUTED, RULE, TYPE, lineBox, moveOps, type Box, type BoxRole, type Color, type DrawOp, type TypeSetting } from './layout-boxes.js';
import type { LetterContent } from './letter-content.js';
import { LETTER_STRINGS } from './letter-strings.js';
import { breakLines } from './line-breaking.js';
import { paginate } from './paginate.js';

export interface PageGeometry {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Baseline of the page number, from the bottom edge. */
  footerBaseline: number;
}

export const A4: PageGeometry = Object.freeze({
  width: 595.28,
  height: 841.89,
  marginTop: 46,
  marginBottom: 62,
  marginLeft: 68,
  marginRight: 56,
  footerBaseline: 30,
});

/** The visible signature stamp's reserved place, below the signer's name. */
const STAMP = Object.freeze({ width: 280, height: 60 });

export interface PlacedBox {
  box: Box;
  /** Top of the box, from the page's top edge. */
  top: number;
  /** A table header repeated on a new page. */
  repeated: boolean;
}

export interface LaidOutPage {
  boxes: PlacedBox[];
  /** Every drawing operation on the page, y from the page's top edge. */
  ops: DrawOp[];
}

export interface LetterLayout {
  geometry: PageGeometry;
  pages: LaidOutPage[];
}

const PLAIN: InlineStyle = { bold: false, italic: false, underline: false, strike: false, href: null };

function plain(text: string, bold = false): Inline[] {
  const clean = text.replace(/\s+/g, (space) => (space.includes('\u00a0') && space.length === 1 ? space : ' ')).normalize('NFC');
  return [{ kind: 'text', text: clean, style: bold ? { ...PLAIN, bold: true } : PLAIN }];
}

interface Composer {
  metrics: FontMetrics;
  x: number;
  width: number;
}

function textBoxes(
  c: Composer,
  text: string,
  setting: TypeSetting,
  role: BoxRole,
  options: { bold?: boolean; color?: Color; align?: 'left' | 'center'; keepWithNext?: boolean } = {},
): Box[] {
  const lines = breakLines(plain(text, options.bold), c.width, { size: setting.size, bold: options.bold, metrics: c.metrics });
  return lines.map((line) => {
    const x = options.align === 'center' ? c.x + (c.width - line.width) / 2 : c.x;
    return lineBox(line, { x, setting, metrics: c.metrics, role, color: options.color, keepWithNext: options.keepWithNext ?? true });
  });
}

/** Items joined with ", ", wrapped between items where possible (a phone number is never split). */
function packItems(c: Composer, items: string[], setting: TypeSetting): string[] {
  const lines: string[] = [];
  for (const item of items.map((i) => i.trim()).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && c.metrics.widthOf(`${last}, ${item}`, 'regular', setting.size) <= c.width) lines[lines.length - 1] = `${last}, ${item}`;
    else lines.push(item);
  }
  return lines;
}

function letterheadBoxes(c: Composer, letter: LetterContent): Box[] {
  const name = letter.letterhead.institution;
  // A long institution name is set a little smaller rather than broken over two lines.
  let setting: TypeSetting = TYPE.institution;
  for (let size = TYPE.institution.size; size >= 10.5; size -= 0.5) {
    if (c.metrics.widthOf(name, 'bold', size) <= c.width) {
      setting = { size, leading: TYPE.institution.leading * (size / TYPE.institution.size) };
      break;
    }
  }
  const boxes = textBoxes(c, name, setting, 'letterhead', { bold: true, align: 'center' });
  const details = [...packItems(c, letter.letterhead.addressLines, TYPE.small), ...packItems(c, letter.letterhead.contacts, TYPE.small)];
  const detailBoxes = details.flatMap((line) => textBoxes(c, line, TYPE.small, 'letterhead', { color: MUTED, align: 'center' }));
  // A hairline between the institution's name and its details, as on the municipality's paper.
  const rule: Box = {
    role: 'letterhead',
    text: '',
    height: 7,
    spaceBefore: 1,
    keepWithNext: true,
    ops: [{ kind: 'line', x1: c.x, y1: 3, x2: c.x + c.width, y2: 3, width: 0.75, color: RULE }],
  };
  return [...boxes, rule, ...detailBoxes];
}

function signatureBox(c: Composer, letter: LetterContent): Box {
  const { name, title, department } = letter.signature;
  const lines: { text: string; bold: boolean; setting: TypeSetting; color: Color }[] = [
    { text: name, bold: true, setting: TYPE.body, color: INK },
    { text: title, bold: false, setting: TYPE.body, color: INK },
    { text: department, bold: false, setting: TYPE.body, color: MUTED },
  ].filter((l) => l.text.trim() !== '') as { text: string; bold: boolean; setting: TypeSetting; color: Color }[];
  const ops: DrawOp[] = [];
  let y = 0;
  const texts: string[] = [];
  for (const line of lines) {
    for (const broken of breakLines(plain(line.text, line.bold), c.width, { size: line.setting.size, bold: line.bold, metrics: c.metrics })) {
      const box = lineBox(broken, { x: c.x, setting: line.setting, metrics: c.metrics, role: 'signature', color: line.color });
      ops.push(...moveOps(box.ops, 0, y));
      texts.push(box.text);
      y += line.setting.leading;
    }
  }
  y += 6;
  ops.push({ kind: 'signatureField', x: c.x, y, width: Math.min(STAMP.width, c.width), height: STAMP.height });
  y += STAMP.height;
  return { role: 'signature', text: texts.join('\n'), height: y, spaceBefore: 22, keepWithNext: false, ops };
}

/** All boxes of the letter in reading order, before pagination. */
function letterBoxes(letter: LetterContent, metrics: FontMetrics, geometry: PageGeometry = A4): Box[] {
  const c: Composer = { metrics, x: geometry.marginLeft, width: geometry.width - geometry.marginLeft - geometry.marginRight };
  const strings = LETTER_STRINGS[letter.lang];
  const boxes: Box[] = [...letterheadBoxes(c, letter)];

  if (letter.addressWindow) {
    // A postal letter: recipient, date and numbers are drawn in and beside the envelope's window
    // (firstPageOps); the flow resumes below the address field.
    const used = boxes.reduce((sum, box, index) => sum + box.height + (index > 0 ? box.spaceBefore : 0), 0);
    const gap = Math.max(0, FLOW_TOP_AFTER_FIELD - geometry.marginTop - used);
    boxes.push({ role: 'blank', text: '', height: gap, spaceBefore: 0, keepWithNext: true, ops: [] });
  } else {
    const meta = textBoxes(c, `${letter.date} ${strings.numberLabel} ${letter.ourNumber}`, TYPE.body, 'meta');
    meta[0].spaceBefore = 20;
    boxes.push(...meta);
    if (letter.theirReference?.trim()) boxes.push(...textBoxes(c, letter.theirReference, TYPE.body, 'meta'));

    const recipientLines = [letter.recipient.name, ...letter.recipient.addressLines, letter.recipient.email ?? ''].filter((l) => l.trim() !== '');
    recipientLines.forEach((line, index) => {
      const lineBoxes = textBoxes(c, line, TYPE.body, 'recipient', { bold: index === 0 });
      if (index === 0) lineBoxes[0].spaceBefore = 16;
      boxes.push(...lineBoxes);
    });
  }

  const title = textBoxes(c, letter.title, TYPE.title, 'title', { bold: true });
  title[0].spaceBefore = letter.addressWindow ? 0 : 22;
  boxes.push(...title);

  const pageBody = geometry.height - geometry.marginTop - geometry.marginBottom;
  const body = layoutBlocks(parseLetterHtml(letter.bodyHtml), c.x, c.width, { metrics, maxBoxHeight: pageBody - 40 });
  if (body.length > 0) body[0].spaceBefore = 14;
  // The signature never starts a page on its own: the end of the body comes with it.
  if (body.length > 0) body[body.length - 1].keepWithNext = true;
  boxes.push(...body);
  boxes.push(signatureBox(c, letter));
  return boxes;
}

export function layoutLetter(letter: LetterContent, metrics: FontMetrics, geometry: PageGeometry = A4): LetterLayout {
  const pageBody = geometry.height - geometry.marginTop - geometry.marginBottom;
  const flow = paginate(letterBoxes(letter, metrics, geometry), () => pageBody);
  const strings = LETTER_STRINGS[letter.lang];
  const pages = flow.map((placed, index): LaidOutPage => {
    const boxes = placed.map((p) => ({ box: p.item, top: geometry.marginTop + p.top, repeated: p.repeated }));
    const ops = boxes.flatMap((p) => moveOps(p.box.ops, 0, p.top));
    if (index === 0 && letter.addressWindow) {
      const info = [`${letter.date} ${strings.numberLabel} ${letter.ourNumber}`, letter.theirReference ?? ''].filter((l) => l.trim() !== '');
      ops.push(...addressWindowOps(metrics, letter.addressWindow, info, geometry.width - geometry.marginRight));
    }
    const footer = strings.pageOf(index + 1, flow.length);
    const footerWidth = metrics.widthOf(footer, 'regular', TYPE.footer.size);
    ops.push({
      kind: 'text',
      x: (geometry.width - footerWidth) / 2,
      y: geometry.height - geometry.footerBaseline,
      text: footer,
      font: 'regular',
      size: TYPE.footer.size,
      color: MUTED,
    });
    return { boxes, ops };
  });
  return { geometry, pages };
}

