/**
 * The letter's typeface: DejaVu Sans (regular, bold, oblique, bold oblique) from the
 * dejavu-fonts-ttf package, which covers Lithuanian, Polish and Cyrillic. The files are read and
 * parsed once per process; every PDF then embeds only the glyphs it uses (subsetting).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import { createFontMetrics, type FontMetrics, type FontStyle } from './font-metrics.js';

const FILES: Readonly<Record<FontStyle, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

export interface LetterFontFace {
  bytes: Uint8Array;
  font: Font;
}

export interface LetterFonts {
  faces: Readonly<Record<FontStyle, LetterFontFace>>;
  metrics: FontMetrics;
  /** Hand this to PDFDocument.registerFontkit: it returns the already parsed font for our bytes. */
  fontkit: { create(bytes: Uint8Array, postscriptName?: string): Font };
}

let loaded: LetterFonts | null = null;

/**
 * The font as pdf-lib sees it: identical, except that text maps to glyphs through the cmap alone.
 * Shaping (GSUB/GPOS) is what we switch off anyway (LETTER_FONT_FEATURES: no ligatures, no
 * kerning), Lithuanian, Polish and Russian need none of it for precomposed (NFC) text, and it was
 * the largest cost of writing a letter. It also makes the drawn advances exactly the measured ones.
 *
 * Each glyph handed out carries the code point it was asked for. fontkit caches one Glyph object
 * per glyph id, and a glyph first met as part of another (I in Į) is cached with no code points
 * at all: pdf-lib would then leave it out of the ToUnicode map and pdftotext would lose letters.
 */
interface MappedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

function withCmapLayout(font: Font): Font {
  const byCodePoint = new Map<number, MappedGlyph>();
  const glyphFor = (codePoint: number): MappedGlyph => {
    let glyph = byCodePoint.get(codePoint);
    if (!glyph) {
      const fontkitGlyph = font.glyphForCodePoint(codePoint);
      glyph = { id: fontkitGlyph.id, advanceWidth: fontkitGlyph.advanceWidth, codePoints: [codePoint] };
      byCodePoint.set(codePoint, glyph);
    }
    return glyph;
  };
  const layout = (text: string) => ({ glyphs: Array.from(text, (char) => glyphFor(char.codePointAt(0)!)) });
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function letterFonts(): LetterFonts {
  if (loaded) return loaded;
  const dir = fontDirectory();
  const faces = {} as Record<FontStyle, LetterFontFace>;
  const parsed = new Map<Uint8Array, Font>();
  for (const style of Object.keys(FILES) as FontStyle[]) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, FILES[style])));
    const font = fontkit.create(bytes);
    parsed.set(bytes, withCmapLayout(font));
    faces[style] = { bytes, font };
  }
  loaded = {
    faces,
    metrics: createFontMetrics({ regular: faces.regular.font, bold: faces.bold.font, italic: faces.italic.font, boldItalic: faces.boldItalic.font }),
    fontkit: { create: (bytes, postscriptName) => parsed.get(bytes) ?? fontkit.create(bytes, postscriptName) },
  };
  return loaded;
}
