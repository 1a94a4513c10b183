/**
 * The vocabulary shared by the layout and the PDF writer: boxes that flow down the page, and the
 * drawing operations inside them. Coordinates here run top-down in points (y grows towards the
 * bottom of the page); only the PDF writer turns them into PDF's bottom-up space.
 */
import type { FontMetrics, FontStyle } from './font-metrics.js';
import type { Line } from './line-breaking.js';
import type { Flowable } from './paginate.js';

export type Color = readonly [number, number, number];

export const INK: Color = [0.11, 0.11, 0.12];
export const MUTED: Color = [0.36, 0.37, 0.4];
const LINK: Color = [0.05, 0.27, 0.6];
export const RULE: Color = [0.55, 0.56, 0.6];
export const HEADER_FILL: Color = [0.93, 0.94, 0.95];

export type DrawOp =
  /** y is the baseline. */
  | { kind: 'text'; x: number; y: number; text: string; font: FontStyle; size: number; color: Color; underline?: boolean; strike?: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: Color }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: Color; stroke?: Color; lineWidth?: number }
  | { kind: 'link'; x: number; y: number; width: number; height: number; href: string }
  /** Where the signer puts its visible stamp (an empty signature field until signed). */
  | { kind: 'signatureField'; x: number; y: number; width: number; height: number };

export type BoxRole =
  | 'letterhead'
  | 'meta'
  | 'recipient'
  | 'title'
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'table-row'
  | 'rule'
  | 'blank'
  | 'signature';

/** One unbreakable box in the flow: a line of text, a table row, the signature block. */
export interface Box extends Flowable {
  role: BoxRole;
  /** Its text, for tests and for debugging a layout. */
  text: string;
  /** Relative to the box's top-left corner of the page's text column (x is absolute). */
  ops: DrawOp[];
  repeatHeader?: Box[];
}

export interface TypeSetting {
  size: number;
  leading: number;
}

export const TYPE = {
  body: { size: 10, leading: 14.5 },
  title: { size: 10.5, leading: 15 },
  h2: { size: 12.5, leading: 17 },
  h3: { size: 10.5, leading: 15 },
  institution: { size: 13, leading: 17 },
  small: { size: 8, leading: 11 },
  footer: { size: 8, leading: 10 },
} as const satisfies Record<string, TypeSetting>;

/** Baseline of a line of this setting, measured from the top of its line box. */
function baselineOf(setting: TypeSetting, metrics: FontMetrics, font: FontStyle = 'regular'): number {
  const ascent = metrics.ascent(font, setting.size);
  const descent = metrics.descent(font, setting.size);
  return (setting.leading - (ascent + descent)) / 2 + ascent;
}

export function moveOps(ops: readonly DrawOp[], dx: number, dy: number): DrawOp[] {
  return ops.map((op) => {
    switch (op.kind) {
      case 'line':
        return { ...op, x1: op.x1 + dx, x2: op.x2 + dx, y1: op.y1 + dy, y2: op.y2 + dy };
      default:
        return { ...op, x: op.x + dx, y: op.y + dy };
    }
  });
}

/** A line of text as a box: segments drawn in their fonts, links underlined and clickable. */
export function lineBox(
  line: Line,
  options: { x: number; setting: TypeSetting; metrics: FontMetrics; role: BoxRole; color?: Color; spaceBefore?: number; keepWithNext?: boolean },
): Box {
  const { setting, metrics } = options;
  const ops: DrawOp[] = [];
  const baseline = baselineOf(setting, metrics);
  for (const segment of line.segments) {
    const x = options.x + segment.x;
    const href = segment.style.href;
    ops.push({
      kind: 'text',
      x,
      y: baseline,
      text: segment.text,
      font: segment.font,
      size: setting.size,
      color: href ? LINK : (options.color ?? INK),
      underline: segment.style.underline || href !== null,
      strike: segment.style.strike,
    });
    if (href) ops.push({ kind: 'link', x, y: 0, width: segment.width, height: setting.leading, href });
  }
  return {
    role: options.role,
    text: line.segments.map((s) => s.text).join(''),
    height: setting.leading,
    spaceBefore: options.spaceBefore ?? 0,
    keepWithNext: options.keepWithNext ?? false,
    ops,
  };
}

/** Stacks boxes into one (a table cell): spaces between them kept, the first one's dropped. */
export function stackBoxes(boxes: readonly Box[]): { height: number; ops: DrawOp[] } {
  let y = 0;
  const ops: DrawOp[] = [];
  boxes.forEach((box, index) => {
    if (index > 0) y += box.spaceBefore;
    ops.push(...moveOps(box.ops, 0, y));
    y += box.height;
  });
  return { height: y, ops };
}
