/**
 * The address field of a letter that goes by post in a window envelope (DL or C5/6 with the
 * ISO 269 DL window, 90 × 45 mm, 20 mm from the left edge). On the A4 sheet the field is the one of
 * DIN 5008 form B: 20 mm from the left, 45 mm from the top, 85 mm wide and 45 mm high; its top 5 mm
 * hold the sender's return line in small type, and the recipient starts below the 12.7 mm zone
 * for postal endorsements (DIN 5008: the address zone is the field's lower 27.3 mm). The date and
 * our number stand to the right of the window, where the envelope covers nothing. Pure.
 */
import type { FontMetrics } from './font-metrics.js';
import { INK, MUTED, RULE, lineBox, moveOps, type DrawOp } from './layout-boxes.js';
import { breakLines } from './line-breaking.js';

/** Points per millimetre. */
const MM = 72 / 25.4;

/** The address field on the sheet, in points from the page's top-left corner. */
export const ADDRESS_FIELD = Object.freeze({ x: 20 * MM, y: 45 * MM, width: 85 * MM, height: 45 * MM });
/** The return line's zone at the top of the field. */
const RETURN_ZONE = 5 * MM;
/** Where the recipient's lines start: below the return line and the endorsement zone. */
const ADDRESS_ZONE_TOP = ADDRESS_FIELD.y + RETURN_ZONE + 12.7 * MM;
/** Text inside the field keeps 4 mm clear of its edges: 24 mm from the sheet's edge, the letter's own left margin. */
const INSET = 4 * MM;
/** The information block right of the window (DIN 5008 form B: 125 mm from the left, 50 mm down). */
export const INFO_BLOCK = Object.freeze({ x: 125 * MM, y: 50 * MM });
/** Below the field, the letter's flow begins (DIN 5008: the subject 8.46 mm under the field). */
export const FLOW_TOP_AFTER_FIELD = ADDRESS_FIELD.y + ADDRESS_FIELD.height + 8.46 * MM;

const RECIPIENT = { size: 10, leading: 13 };
const INFO = { size: 9, leading: 12.5 };

export interface AddressWindow {
  /** The sender's short address, one line ("Vilniaus m. savivaldybė, Konstitucijos pr. 3, LT-09601 Vilnius"). */
  returnAddress: string;
  /** The recipient: name, street line, "postcode city". */
  lines: string[];
}

const plain = (text: string, bold = false) => [
  { kind: 'text' as const, text: text.replace(/\s+/g, ' ').normalize('NFC'), style: { bold, italic: false, underline: false, strike: false, href: null } },
];

/** The return line, set as large as fits on one line (7 pt down to 5 pt), hairline beneath. */
function returnLineOps(metrics: FontMetrics, text: string, x: number, width: number): DrawOp[] {
  let size = 7;
  while (size > 5 && metrics.widthOf(text, 'regular', size) > width) size -= 0.25;
  let shown = text;
  while (shown.length > 1 && metrics.widthOf(shown, 'regular', size) > width) shown = `${shown.slice(0, -2).trimEnd()}…`;
  const baseline = ADDRESS_FIELD.y + RETURN_ZONE - 1.4 * MM;
  const textWidth = metrics.widthOf(shown, 'regular', size);
  return [
    { kind: 'text', x, y: baseline, text: shown, font: 'regular', size, color: MUTED },
    { kind: 'line', x1: x, y1: baseline + 1.6, x2: x + textWidth, y2: baseline + 1.6, width: 0.4, color: RULE },
  ];
}

/** What the first page draws in and beside the window: return line, recipient, date and numbers. */
export function addressWindowOps(metrics: FontMetrics, window: AddressWindow, info: string[], pageRight: number): DrawOp[] {
  const x = ADDRESS_FIELD.x + INSET;
  const width = ADDRESS_FIELD.width - 2 * INSET;
  const ops = returnLineOps(metrics, window.returnAddress, x, width);
  // The recipient's lines end above the field's foot: a long address moves up into the zone for
  // endorsements (DIN 5008 allows the address there when there are none); one longer still loses
  // lines from its middle, never its name nor its "postcode city".
  const bottom = ADDRESS_FIELD.y + ADDRESS_FIELD.height - 1 * MM;
  const highest = ADDRESS_FIELD.y + RETURN_ZONE + 1 * MM;
  const lines = window.lines.flatMap((text, index) =>
    breakLines(plain(text, index === 0), width, { size: RECIPIENT.size, bold: index === 0, metrics }),
  );
  const room = Math.floor((bottom - highest) / RECIPIENT.leading);
  while (lines.length > room) lines.splice(lines.length - 2, 1);
  let y = Math.max(highest, Math.min(ADDRESS_ZONE_TOP, bottom - lines.length * RECIPIENT.leading));
  for (const line of lines) {
    ops.push(...moveOps(lineBox(line, { x, setting: RECIPIENT, metrics, role: 'recipient', color: INK }).ops, 0, y));
    y += RECIPIENT.leading;
  }
  const infoWidth = pageRight - INFO_BLOCK.x;
  let infoY = INFO_BLOCK.y;
  for (const text of info) {
    for (const line of breakLines(plain(text), infoWidth, { size: INFO.size, metrics })) {
      ops.push(...moveOps(lineBox(line, { x: INFO_BLOCK.x, setting: INFO, metrics, role: 'meta', color: INK }).ops, 0, infoY));
      infoY += INFO.leading;
    }
  }
  return ops;
}

/**
 * A one-line postal address as the envelope wants it: the street line, then "postcode city".
 * "Ukmergės g. 241-87, LT-09214 Vilnius" → ["Ukmergės g. 241-87", "LT-09214 Vilnius"].
 */
export function postalAddressLines(address: string): string[] {
  const clean = address.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const postcode = /^(.*?)[,\s]*\b((?:LT)?-?\s?\d{5}\b.*)$/i.exec(clean);
  if (postcode && postcode[1].trim()) {
    const code = postcode[2].replace(/^(?:LT)?-?\s?(\d{5})/i, 'LT-$1');
    return [postcode[1].replace(/,\s*$/, '').trim(), code.trim()];
  }
  const comma = clean.lastIndexOf(',');
  if (comma > 0) return [clean.slice(0, comma).trim(), clean.slice(comma + 1).trim()].filter(Boolean);
  return [clean];
}
