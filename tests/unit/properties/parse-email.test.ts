/**
 * The e-mail parser on arbitrary and mutated messages: it never throws (it has no errors of its
 * own to throw: what it cannot read it reports), and a From it returns is always one valid address.
 */
import fc from 'fast-check';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_LIMITS, parseEmail, type ParsedEmail } from '../../../server/mail/parse-email.adapter.js';
import { validAddress } from '../../../server/mail/mailbox.js';

const fromPieces = fc.constantFrom(
  'Jonas Jonaitis <jonas@example.com>',
  'jonas@example.com',
  'a@example.com, b@example.org',
  'Group: a@example.com, b@example.net;',
  '"Quoted, Name" <q@example.org>',
  '=?UTF-8?B?Sm9uYXM=?= <j@vilnius.example>',
  '<>',
  'not an address',
  '@example.com',
  'x@',
  '"a@b.c" <real@example.com>',
  'undisclosed-recipients:;',
  'Jonas <jonas@example.com',
  'a@example.com (comment) <b@example.com>',
);
const fromHeader = fc.oneof(fromPieces, fc.array(fromPieces, { maxLength: 3 }).map((a) => a.join(', ')), fc.string({ maxLength: 60 }));

function message(from: string, body: string, forwarded: boolean): Buffer {
  const inner = `From: ${from}\r\nSubject: Prašymas\r\nMessage-ID: <inner@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
  const text = forwarded
    ? `From: Forwarder <fw@example.org>\r\nTo: desk@vilnius.example\r\nSubject: Fwd: Prašymas\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nFwd\r\n--b1\r\nContent-Type: message/rfc822\r\n\r\n${inner}--b1--\r\n`
    : `To: desk@vilnius.example\r\nMIME-Version: 1.0\r\n${inner}`;
  return Buffer.from(text, 'utf8');
}

/** A few kinds of damage: flipped bytes, cut-off ends, junk inserted, lines repeated. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('header' as const), line: fc.constantFrom('Content-Type: multipart/mixed; boundary=', 'Content-Transfer-Encoding: base64', 'From: second@example.com', 'Content-Type: text/html; charset=koi8-r', '\r\n--b1\r\n', 'Content-Type: message/rfc822') }),
);

function mutate(raw: Buffer, mutations: { kind: string; at?: number; byte?: number; bytes?: Uint8Array; line?: string }[]): Buffer {
  let out = Buffer.from(raw);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : (m.at ?? 0) % out.length;
    if (m.kind === 'flip' && out.length > 0) out[at] = m.byte!;
    else if (m.kind === 'cut') out = out.subarray(0, at);
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes!), out.subarray(at)]);
    else if (m.kind === 'header') out = Buffer.concat([Buffer.from(`${m.line}\r\n`), out]);
  }
  return out;
}

function expectOneAddress(parsed: ParsedEmail) {
  if (parsed.from === null) return;
  const { address } = parsed.from;
  expect(validAddress(address)).toBe(address);
  expect(addressparser(address)).toHaveLength(1);
  expect(address).not.toMatch(/[\s,;<>]/);
}

describe('e-mail parser properties', () => {
  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expectOneAddress(await parseEmail(Buffer.from(bytes), DEFAULT_EMAIL_LIMITS));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on mutated messages, and a From is always one address', async () => {
    await fc.assert(
      fc.asyncProperty(fromHeader, fc.string({ maxLength: 200 }), fc.boolean(), fc.array(mutation, { maxLength: 4 }), async (from, body, forwarded, mutations) => {
        const parsed = await parseEmail(mutate(message(from, body, forwarded), mutations), DEFAULT_EMAIL_LIMITS);
        expectOneAddress(parsed);
        expect(typeof parsed.messageId).toBe('string');
        expect(parsed.attachments.length).toBeLessThanOrEqual(DEFAULT_EMAIL_LIMITS.maxAttachments);
      }),
      { numRuns: 150 },
    );
  });

  it('takes a plain single address as the From', async () => {
    const parsed = await parseEmail(message('Jonas Jonaitis <Jonas@Example.com>', 'Sveiki', false));
    expect(parsed.from?.address).toBe('jonas@example.com');
    expect((await parseEmail(message('a@example.com, b@example.org', 'x', false))).from).toBeNull();
  });
});
