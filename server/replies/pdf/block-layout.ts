/**
 * The letter body as boxes for the paginator: paragraphs and headings line by line (with the
 * keep rules that stop orphans, widows and stranded headings), lists with hanging markers, and
 * tables whose columns share the width by their content and whose rows never split unless a
 * single row is taller than a page.
 */
import type { FontMetrics } from './font-metrics.js';
import type { Block, Inline, TableRow } from './html-blocks.js';
import { RULE, HEADER_FILL, INK, MUTED, TYPE, lineBox, moveOps, stackBoxes, type Box, type DrawOp, type TypeSetting } from './layout-boxes.js';
import { breakLines, measureInlines } from './line-breaking.js';

export interface BlockContext {
  metrics: FontMetrics;
  /** The tallest box a page can hold: taller table rows are split. */
  maxBoxHeight: number;
  /** Table header cells. */
  bold?: boolean;
}

const SPACING = {
  paragraph: 7,
  headingH2: 14,
  headingH3: 10,
  afterHeading: 3,
  listItem: 3,
  table: 9,
} as const;

const LIST_INDENT = 18;
const CELL_PADDING = 4;
const BORDER = 0.6;
const BULLETS = ['•', '◦', '▪'];

function textLines(inlines: Inline[], x: number, width: number, setting: TypeSetting, ctx: BlockContext, role: 'paragraph' | 'heading' | 'list', bold = false): Box[] {
  const lines = breakLines(inlines, width, { size: setting.size, bold: bold || ctx.bold, metrics: ctx.metrics });
  return lines.map((line) => lineBox(line, { x, setting, metrics: ctx.metrics, role }));
}

/** No single first line at a page's foot, no single last line at a page's head. */
function keepParagraphTogether(lines: Box[]): void {
  if (lines.length < 2) return;
  lines[0].keepWithNext = true;
  lines[lines.length - 2].keepWithNext = true;
}

export function layoutBlocks(blocks: readonly Block[], x: number, width: number, ctx: BlockContext, depth = 0): Box[] {
  const boxes: Box[] = [];
  let afterHeading = false;
  for (const block of blocks) {
    let produced: Box[];
    let spaceBefore: number = afterHeading ? SPACING.afterHeading : SPACING.paragraph;
    switch (block.kind) {
      case 'paragraph': {
        if (block.inlines.length === 0) {
          produced = [{ role: 'blank', text: '', height: TYPE.body.leading, spaceBefore: 0, keepWithNext: false, ops: [] }];
          break;
        }
        produced = textLines(block.inlines, x, width, TYPE.body, ctx, 'paragraph');
        keepParagraphTogether(produced);
        // "Please:" or "The table below shows:" introduces what follows and stays with it.
        if (produced[produced.length - 1].text.trimEnd().endsWith(':')) produced[produced.length - 1].keepWithNext = true;
        break;
      }
      case 'heading': {
        const setting = block.level === 2 ? TYPE.h2 : TYPE.h3;
        produced = textLines(block.inlines, x, width, setting, ctx, 'heading', true);
        for (const line of produced) line.keepWithNext = true;
        spaceBefore = block.level === 2 ? SPACING.headingH2 : SPACING.headingH3;
        break;
      }
      case 'list':
        produced = layoutList(block, x, width, ctx, depth);
        // A list nested in a list item sits as close as the items around it.
        if (depth > 0 && !afterHeading) spaceBefore = SPACING.listItem;
        break;
      case 'table':
        produced = layoutTable(block.rows, x, width, ctx);
        spaceBefore = afterHeading ? SPACING.afterHeading + 2 : SPACING.table;
        break;
      case 'rule':
        produced = [{ role: 'rule', text: '', height: 9, spaceBefore: 0, keepWithNext: false, ops: [{ kind: 'line', x1: x, y1: 4.5, x2: x + width, y2: 4.5, width: 0.6, color: RULE }] }];
        break;
    }
    if (produced.length === 0) continue;
    produced[0].spaceBefore = spaceBefore;
    boxes.push(...produced);
    afterHeading = block.kind === 'heading';
  }
  return boxes;
}

function layoutList(list: Extract<Block, { kind: 'list' }>, x: number, width: number, ctx: BlockContext, depth: number): Box[] {
  const boxes: Box[] = [];
  const setting = TYPE.body;
  const markerFont = 'regular';
  list.items.forEach((item, index) => {
    const itemBoxes = layoutBlocks(item, x + LIST_INDENT, width - LIST_INDENT, ctx, depth + 1);
    if (itemBoxes.length === 0) return;
    const marker = list.ordered ? `${list.start + index}.` : BULLETS[depth % BULLETS.length];
    const markerWidth = ctx.metrics.widthOf(marker, markerFont, setting.size);
    const first = itemBoxes[0];
    // The marker sits on the first line's baseline, right-aligned in the indent.
    const firstText = first.ops.find((op) => op.kind === 'text');
    const baseline = firstText && firstText.kind === 'text' ? firstText.y : setting.leading * 0.75;
    const markerOp: DrawOp = { kind: 'text', x: x + LIST_INDENT - 5 - markerWidth, y: baseline, text: marker, font: markerFont, size: setting.size, color: MUTED };
    first.ops.unshift(list.ordered ? { ...markerOp, color: INK } : markerOp);
    first.text = `${marker} ${first.text}`;
    first.spaceBefore = SPACING.listItem;
    for (const box of itemBoxes) if (box.role === 'paragraph') box.role = 'list';
    boxes.push(...itemBoxes);
  });
  return boxes;
}

interface ColumnNeeds {
  min: number;
  max: number;
}

function measureBlocks(blocks: readonly Block[], ctx: BlockContext, bold: boolean): ColumnNeeds {
  let min = 0;
  let max = 0;
  const take = (inlines: Inline[], setting: TypeSetting, isBold: boolean, indent = 0) => {
    const m = measureInlines(inlines, { size: setting.size, bold: isBold, metrics: ctx.metrics });
    min = Math.max(min, m.longestWord + indent);
    max = Math.max(max, m.singleLine + indent);
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') take(block.inlines, TYPE.body, bold);
    else if (block.kind === 'heading') take(block.inlines, block.level === 2 ? TYPE.h2 : TYPE.h3, true);
    else if (block.kind === 'list') {
      for (const item of block.items) {
        const needs = measureBlocks(item, ctx, bold);
        min = Math.max(min, needs.min + LIST_INDENT);
        max = Math.max(max, needs.max + LIST_INDENT);
      }
    } else if (block.kind === 'table') {
      for (const row of block.rows) {
        const needs = row.cells.map((c) => measureBlocks(c.blocks, ctx, c.header));
        min = Math.max(min, needs.reduce((s, n) => s + n.min + 2 * CELL_PADDING, 0));
        max = Math.max(max, needs.reduce((s, n) => s + n.max + 2 * CELL_PADDING, 0));
      }
    }
  }
  return { min, max };
}

/** Column widths like a browser's automatic table layout, always using the full text width. */
export function columnWidths(rows: readonly TableRow[], width: number, ctx: BlockContext): number[] {
  const columns = Math.max(...rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
  const needs: ColumnNeeds[] = Array.from({ length: columns }, () => ({ min: 0, max: 0 }));
  // A single very long word (a URL) may not take more than this; it is broken instead.
  const minCap = Math.max(width * 0.4, 40);
  for (const row of rows) {
    let column = 0;
    for (const cell of row.cells) {
      if (cell.colspan === 1) {
        const need = measureBlocks(cell.blocks, ctx, cell.header || row.header);
        needs[column].min = Math.max(needs[column].min, Math.min(need.min + 2 * CELL_PADDING, minCap));
        needs[column].max = Math.max(needs[column].max, need.max + 2 * CELL_PADDING);
      }
      column += cell.colspan;
    }
  }
  for (const need of needs) {
    need.min = Math.max(need.min, 2 * CELL_PADDING + 12);
    need.max = Math.max(need.max, need.min);
  }
  const sumMin = needs.reduce((s, n) => s + n.min, 0);
  const sumMax = needs.reduce((s, n) => s + n.max, 0);
  if (sumMax <= width) {
    // Everything fits on one line: share the rest in proportion to the content.
    return needs.map((n) => n.max + ((width - sumMax) * n.max) / sumMax);
  }
  if (sumMin >= width) return needs.map((n) => (n.min * width) / sumMin);
  const share = (width - sumMin) / (sumMax - sumMin);
  return needs.map((n) => n.min + (n.max - n.min) * share);
}

function layoutTable(rows: readonly TableRow[], x: number, width: number, ctx: BlockContext): Box[] {
  const widths = columnWidths(rows, width, ctx);
  const columnX = widths.reduce<number[]>((xs, w, i) => [...xs, xs[i] + w], [x]);
  const headerBoxes: Box[] = [];
  const boxes: Box[] = [];
  let leadingHeader = true;
  for (const row of rows) {
    const cells: { x: number; width: number; header: boolean; content: Box[] }[] = [];
    let column = 0;
    for (const cell of row.cells) {
      const span = Math.min(cell.colspan, widths.length - column);
      if (span <= 0) break;
      const cellX = columnX[column];
      const cellWidth = columnX[column + span] - cellX;
      const header = cell.header || row.header;
      const content = layoutBlocks(cell.blocks, cellX + CELL_PADDING, cellWidth - 2 * CELL_PADDING, { ...ctx, bold: header }, 0);
      cells.push({ x: cellX, width: cellWidth, header, content });
      column += span;
    }
    // A short row still draws its missing cells, so the grid stays closed.
    for (; column < widths.length; column++) {
      cells.push({ x: columnX[column], width: widths[column], header: row.header, content: [] });
    }
    const isHeader: boolean = leadingHeader && row.header;
    leadingHeader = isHeader;
    const fragments = rowFragments(cells, ctx.maxBoxHeight - 2 * CELL_PADDING);
    fragments.forEach((fragment) => {
      const box: Box = {
        role: 'table-row',
        text: fragment.text,
        height: fragment.height,
        spaceBefore: 0,
        // A header row keeps with the first body row: it never stands alone at a page's foot.
        keepWithNext: isHeader,
        ops: fragment.ops,
      };
      (isHeader ? headerBoxes : boxes).push(box);
    });
  }
  const all = [...headerBoxes, ...boxes];
  const height = all.reduce((h, b) => h + b.height, 0);
  if (height <= ctx.maxBoxHeight / 6) {
    // A short table is read as one piece: it moves to the next page whole rather than split.
    all.forEach((box, index) => (box.keepWithNext = index < all.length - 1));
  } else if (boxes.length >= 4) {
    // A long one splits, but leaves at least two rows on either side of the break.
    boxes[0].keepWithNext = true;
    boxes[boxes.length - 2].keepWithNext = true;
  }
  if (headerBoxes.length > 0 && boxes.length > 0) {
    const repeated = headerBoxes.map((h) => ({ ...h, keepWithNext: false }));
    for (const box of boxes) box.repeatHeader = repeated;
  }
  all[all.length - 1].keepWithNext = false;
  return all;
}

interface RowFragment {
  height: number;
  text: string;
  ops: DrawOp[];
}

/** Normally one fragment per row; a row taller than a page is cut between its cells' lines. */
function rowFragments(cells: { x: number; width: number; header: boolean; content: Box[] }[], maxContentHeight: number): RowFragment[] {
  const perCell = cells.map((cell) => {
    const parts: Box[][] = [[]];
    let used = 0;
    for (const box of cell.content) {
      const gap = parts[parts.length - 1].length > 0 ? box.spaceBefore : 0;
      if (used + gap + box.height > maxContentHeight && parts[parts.length - 1].length > 0) {
        parts.push([]);
        used = 0;
      }
      used += (parts[parts.length - 1].length > 0 ? box.spaceBefore : 0) + box.height;
      parts[parts.length - 1].push(box);
    }
    return parts;
  });
  const count = Math.max(...perCell.map((p) => p.length));
  const fragments: RowFragment[] = [];
  for (let f = 0; f < count; f++) {
    const stacks = cells.map((_, c) => stackBoxes(perCell[c][f] ?? []));
    const height = Math.max(...stacks.map((s) => s.height), TYPE.body.leading) + 2 * CELL_PADDING;
    const ops: DrawOp[] = [];
    cells.forEach((cell) => {
      if (cell.header) ops.push({ kind: 'rect', x: cell.x, y: 0, width: cell.width, height, fill: HEADER_FILL });
    });
    stacks.forEach((stack) => ops.push(...moveOps(stack.ops, 0, CELL_PADDING)));
    cells.forEach((cell) => ops.push({ kind: 'rect', x: cell.x, y: 0, width: cell.width, height, stroke: RULE, lineWidth: BORDER }));
    const text = cells.map((_, c) => (perCell[c][f] ?? []).map((b) => b.text).join(' ')).join(' | ');
    fragments.push({ height, text, ops });
  }
  return fragments;
}
