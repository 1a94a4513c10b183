/**
 * Just enough DER (ITU-T X.690) to assemble a CMS SignedData around certificates kept byte for
 * byte as their issuer encoded them: re-encoding a certificate from parsed fields risks changing
 * it, and then no verifier would recognise it.
 */
export interface Tlv {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just after the content. */
  end: number;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

export function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concat(content);
  return concat([Uint8Array.of(tag, ...lengthBytes(body.length)), body]);
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const integer = (value: number) => tlv(0x02, Uint8Array.of(value));
export const nullValue = () => Uint8Array.of(0x05, 0x00);
/** [n] constructed, context-specific: EXPLICIT wrappers and IMPLICIT SETs/SEQUENCEs. */
export const contextTag = (n: number, ...content: Uint8Array[]) => tlv(0xa0 | n, ...content);

/** A SET OF in DER: elements sorted by their encodings (X.690 11.6). */
export function setOf(...items: Uint8Array[]): Uint8Array {
  return tlv(0x31, ...sortEncodings(items));
}

export function sortEncodings(items: readonly Uint8Array[]): Uint8Array[] {
  return [...items].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  });
}

export function objectIdentifier(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const bytes: number[] = [40 * arcs[0] + arcs[1]];
  for (const arc of arcs.slice(2)) {
    const base128: number[] = [];
    for (let n = arc; ; n = Math.floor(n / 128)) {
      base128.unshift((n & 0x7f) | (base128.length > 0 ? 0x80 : 0));
      if (n < 128) break;
    }
    bytes.push(...base128);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

export function readTlv(bytes: Uint8Array, start: number): Tlv {
  const tag = bytes[start];
  let length = bytes[start + 1];
  let contentStart = start + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + 2 + i];
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > bytes.length) throw new Error('truncated DER');
  return { tag, start, contentStart, end };
}

export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const children: Tlv[] = [];
  for (let offset = parent.contentStart; offset < parent.end; ) {
    const child = readTlv(bytes, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

export const slice = (bytes: Uint8Array, t: Tlv) => bytes.subarray(t.start, t.end);
