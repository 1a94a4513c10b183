/**
 * The PDF stream filters that can make bytes out of nothing — Flate, LZW, RunLength and the two
 * ASCII encodings that wrap them — as lazy, pull-driven decoders, so that a chain of them
 * ([/FlateDecode /FlateDecode], LZW inside Flate, ...) is decoded stage by stage in 64 KiB
 * pieces: nothing is held whole, and the consumer can count each stage's output and stop at any
 * point. Image codecs (DCT, JPX, CCITT, JBIG2) are not decoded here: pdfjs does not decode them to
 * open a file or read its text, and the renderer applies its own pixel limits.
 */
import { Readable } from 'node:stream';
import { createInflate, constants as zlib } from 'node:zlib';

export type Chunks = AsyncIterable<Buffer>;
export type PdfFilter = 'flate' | 'lzw' | 'runlength' | 'asciihex' | 'ascii85';

const PIECE = 64 * 1024;

const FILTER_NAMES: Record<string, PdfFilter> = {
  FlateDecode: 'flate',
  Fl: 'flate',
  LZWDecode: 'lzw',
  LZW: 'lzw',
  RunLengthDecode: 'runlength',
  RL: 'runlength',
  ASCIIHexDecode: 'asciihex',
  AHx: 'asciihex',
  ASCII85Decode: 'ascii85',
  A85: 'ascii85',
};

/**
 * The filters a stream dictionary names, in order, up to the first one not decoded here (null
 * when it names none directly). `/EarlyChange 0` is read for LZW.
 */
export function parseFilters(dictionary: string): { filters: PdfFilter[]; earlyChange: 0 | 1 } | null {
  const earlyChange = /\/EarlyChange\s+0\b/.test(dictionary) ? 0 : 1;
  const list = /\/Filter\s*\[([^\]]*)\]/.exec(dictionary);
  const single = /\/Filter\s*\/([A-Za-z0-9]+)/.exec(dictionary);
  const names = list ? Array.from(list[1].matchAll(/\/([A-Za-z0-9]+)/g), (m) => m[1]) : single ? [single[1]] : null;
  if (!names) return null;
  const filters: PdfFilter[] = [];
  for (const name of names) {
    const filter = FILTER_NAMES[name];
    if (!filter) break;
    filters.push(filter);
  }
  return { filters, earlyChange };
}

export async function* slices(data: Buffer): Chunks {
  for (let at = 0; at < data.length; at += PIECE) yield data.subarray(at, Math.min(at + PIECE, data.length));
}

/** Flate on libuv's thread pool; broken or truncated data yields what it has. */
export async function* inflate(input: Chunks): Chunks {
  const stream = createInflate({ finishFlush: zlib.Z_SYNC_FLUSH, chunkSize: PIECE });
  const source = Readable.from(input, { objectMode: false });
  source.on('error', () => stream.destroy());
  source.pipe(stream);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch {
    // Broken data inflates as far as it goes: that much a reader would inflate too.
  } finally {
    source.destroy();
    stream.destroy();
  }
}

/** Collects output into PIECE-sized buffers. */
class Output {
  private buffer = Buffer.allocUnsafe(PIECE);
  private used = 0;
  push(byte: number): Buffer | null {
    this.buffer[this.used++] = byte;
    if (this.used < PIECE) return null;
    const full = this.buffer;
    this.buffer = Buffer.allocUnsafe(PIECE);
    this.used = 0;
    return full;
  }
  rest(): Buffer | null {
    return this.used > 0 ? this.buffer.subarray(0, this.used) : null;
  }
}

/** LZW as PDF uses it (9–12 bit codes, 256 clears, 257 ends); a bad code ends the data. */
export async function* lzw(input: Chunks, earlyChange: 0 | 1 = 1): Chunks {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    length[i] = 1;
  }
  const scratch = new Uint8Array(4096);
  let next = 258;
  let codeLength = 9;
  let previous = -1;
  let bits = 0;
  let accumulator = 0;
  const out = new Output();
  for await (const chunk of input) {
    for (const byte of chunk) {
      accumulator = ((accumulator << 8) | byte) & 0xffffff;
      bits += 8;
      while (bits >= codeLength) {
        const code = (accumulator >>> (bits - codeLength)) & ((1 << codeLength) - 1);
        bits -= codeLength;
        if (code === 256) {
          next = 258;
          codeLength = 9;
          previous = -1;
          continue;
        }
        if (code === 257 || code > next || (code === next && previous < 0) || code === next && next >= 4096) {
          const rest = out.rest();
          if (rest) yield rest;
          return;
        }
        // The string of `code` (for code === next: previous's string plus its own first byte).
        let n: number;
        if (code < next) {
          n = length[code];
          for (let c = code, i = n - 1; i >= 0; i--, c = prefix[c]) scratch[i] = suffix[c];
        } else {
          n = length[previous] + 1;
          for (let c = previous, i = n - 2; i >= 0; i--, c = prefix[c]) scratch[i] = suffix[c];
          scratch[n - 1] = scratch[0];
        }
        if (previous >= 0 && next < 4096) {
          prefix[next] = previous;
          suffix[next] = scratch[0];
          length[next] = length[previous] + 1;
          next++;
          if (next + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
        }
        previous = code;
        for (let i = 0; i < n; i++) {
          const full = out.push(scratch[i]);
          if (full) yield full;
        }
      }
    }
  }
  const rest = out.rest();
  if (rest) yield rest;
}

export async function* runLength(input: Chunks): Chunks {
  const out = new Output();
  let copy = 0;
  let repeat = 0;
  for await (const chunk of input) {
    for (const byte of chunk) {
      if (copy > 0) {
        copy--;
        const full = out.push(byte);
        if (full) yield full;
      } else if (repeat > 0) {
        for (let i = 0; i < repeat; i++) {
          const full = out.push(byte);
          if (full) yield full;
        }
        repeat = 0;
      } else if (byte < 128) copy = byte + 1;
      else if (byte > 128) repeat = 257 - byte;
      else {
        const rest = out.rest();
        if (rest) yield rest;
        return;
      }
    }
  }
  const rest = out.rest();
  if (rest) yield rest;
}

export async function* asciiHex(input: Chunks): Chunks {
  const out = new Output();
  let high = -1;
  const value = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for await (const chunk of input) {
    for (const byte of chunk) {
      if (byte === 0x3e) break;
      const v = value(byte);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        const full = out.push((high << 4) | v);
        high = -1;
        if (full) yield full;
      }
    }
  }
  if (high >= 0) out.push(high << 4);
  const rest = out.rest();
  if (rest) yield rest;
}

export async function* ascii85(input: Chunks): Chunks {
  const out = new Output();
  const group: number[] = [];
  const emit = function* (count: number): Generator<Buffer> {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count; i++) {
      const full = out.push((value >>> (24 - 8 * i)) & 0xff);
      if (full) yield full;
    }
    group.length = 0;
  };
  let ended = false;
  for await (const chunk of input) {
    for (const byte of chunk) {
      if (byte === 0x7e) {
        ended = true;
        break;
      }
      if (byte === 0x7a && group.length === 0) {
        for (let i = 0; i < 4; i++) {
          const full = out.push(0);
          if (full) yield full;
        }
        continue;
      }
      if (byte < 33 || byte > 117) continue;
      group.push(byte - 33);
      if (group.length === 5) yield* emit(4);
    }
    if (ended) break;
  }
  if (group.length > 1) yield* emit(group.length - 1);
  const rest = out.rest();
  if (rest) yield rest;
}

export function decoder(filter: PdfFilter, earlyChange: 0 | 1): (input: Chunks) => Chunks {
  switch (filter) {
    case 'flate':
      return inflate;
    case 'lzw':
      return (input) => lzw(input, earlyChange);
    case 'runlength':
      return runLength;
    case 'asciihex':
      return asciiHex;
    case 'ascii85':
      return ascii85;
  }
}
