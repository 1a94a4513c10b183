/**
 * The file inspector on arbitrary bytes and on damaged real files: it never throws, and always
 * answers "taken, with its type and pages" or one of the reasons a clerk can be told.
 */
import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS, inspectFile, type FileInspection } from '../../../server/intake/files/inspect-file.js';

const REASONS = ['empty', 'unsupported_type', 'too_large', 'too_many_pages', 'pixel_flood', 'encrypted', 'corrupt', 'decompression_bomb', 'too_complex'];

function expectAnswer(result: FileInspection) {
  if (result.ok) {
    expect(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']).toContain(result.mediaType);
    expect(result.pages).toBeGreaterThanOrEqual(1);
    expect(result.pages).toBeLessThanOrEqual(DEFAULT_FILE_LIMITS.maxPages);
  } else {
    expect(REASONS).toContain(result.reason);
  }
  expect(result.safeName.length).toBeGreaterThan(0);
}

let pdf: Uint8Array;
let png: Buffer;
let jpeg: Buffer;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 2; i++) doc.addPage([595, 842]).drawText(`Prasymas ${i}`, { x: 50, y: 700, size: 14, font });
  doc.context.register(doc.context.stream(deflateSync(Buffer.alloc(64 * 1024)), { Filter: 'FlateDecode' }));
  pdf = await doc.save({ useObjectStreams: true });
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fafafa' } }).png().toBuffer();
  jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fafafa' } }).jpeg().toBuffer();
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant('keyword' as const), at: fc.nat(), word: fc.constantFrom('stream\n', 'endstream', '/Filter /LZWDecode', '/Filter [/FlateDecode /FlateDecode]', '/Length 999999999', '<<', '>>', 'obj', '/Encrypt', '%%EOF', 'IEND', '/Count 999') }),
);
type Mutation = { kind: string; at: number; byte?: number; bytes?: Uint8Array; word?: string };

function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = Buffer.from(source);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip' && out.length > 0) out[at] = m.byte!;
    else if (m.kind === 'cut') out = out.subarray(0, at);
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes!), out.subarray(at)]);
    else if (m.kind === 'keyword') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.word!, 'latin1'), out.subarray(at)]);
  }
  return out;
}

const MAGIC = fc.constantFrom('', '%PDF-1.7\n', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff', 'II*\0', 'MM\0*');

describe('file inspector properties', () => {
  it('answers arbitrary bytes, magic numbers or not, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(MAGIC, fc.uint8Array({ maxLength: 4096 }), fc.string({ maxLength: 40 }), async (magic, bytes, name) => {
        expectAnswer(await inspectFile(Buffer.concat([Buffer.from(magic, 'latin1'), bytes]), name, DEFAULT_FILE_LIMITS));
      }),
      { numRuns: 200 },
    );
  });

  it('answers damaged PDFs, PNGs and JPEGs without throwing', async () => {
    const seen = new Map<string, number>();
    expect(await inspectFile(pdf, 'a.pdf', DEFAULT_FILE_LIMITS)).toMatchObject({ ok: true, pages: 2 });
    expect(await inspectFile(png, 'a.png', DEFAULT_FILE_LIMITS)).toMatchObject({ ok: true, pages: 1 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('pdf', 'png', 'jpeg'), fc.array(mutation, { minLength: 1, maxLength: 5 }), async (kind, mutations) => {
        const source = kind === 'pdf' ? pdf : kind === 'png' ? png : jpeg;
        const result = await inspectFile(mutate(source, mutations), `x.${kind}`, DEFAULT_FILE_LIMITS);
        expectAnswer(result);
        const key = `${kind}:${result.ok ? 'ok' : result.reason}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }),
      { numRuns: 150 },
    );
    // The damage reached the deep checks: some files still taken, some refused as broken.
    expect([...seen.keys()].some((k) => k === 'pdf:ok')).toBe(true);
    expect([...seen.keys()].some((k) => k.startsWith('pdf:') && k !== 'pdf:ok')).toBe(true);
  });
});
