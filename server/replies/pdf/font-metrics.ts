/**
 * Text measurement for the layout, straight from the font's advance widths. The PDF draws
 * exactly these advances (no kerning, no ligatures: see LETTER_FONT_FEATURES), so what the
 * layout measures is what the page shows, and pdftotext gets back the letters that were written.
 */
import type { Font } from '@pdf-lib/fontkit';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

export function fontStyleOf(bold: boolean, italic: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** OpenType features switched off when drawing: ligatures would extract as "ﬁ", kerning is not drawn. */
export const LETTER_FONT_FEATURES = Object.freeze({ liga: false, clig: false, dlig: false, calt: false, rlig: false, kern: false });

export interface FontMetrics {
  widthOf(text: string, style: FontStyle, size: number): number;
  /** Height above the baseline, in points. */
  ascent(style: FontStyle, size: number): number;
  /** Depth below the baseline, in points (positive). */
  descent(style: FontStyle, size: number): number;
}

export function createFontMetrics(fonts: Readonly<Record<FontStyle, Font>>): FontMetrics {
  const advances = new Map<FontStyle, Map<number, number>>();
  const advanceOf = (style: FontStyle, codePoint: number): number => {
    let table = advances.get(style);
    if (!table) advances.set(style, (table = new Map()));
    let advance = table.get(codePoint);
    if (advance === undefined) {
      const font = fonts[style];
      advance = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      table.set(codePoint, advance);
    }
    return advance;
  };
  return {
    widthOf(text, style, size) {
      let em = 0;
      for (let i = 0; i < text.length; i++) {
        const codePoint = text.codePointAt(i)!;
        if (codePoint > 0xffff) i++;
        em += advanceOf(style, codePoint);
      }
      return em * size;
    },
    ascent: (style, size) => (fonts[style].ascent / fonts[style].unitsPerEm) * size,
    descent: (style, size) => (Math.abs(fonts[style].descent) / fonts[style].unitsPerEm) * size,
  };
}
