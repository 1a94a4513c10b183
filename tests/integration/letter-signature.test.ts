/**
 * Signed letters: PAdES baseline B with the demo seal. Poppler's pdfsig is the judge; it exits 0
 * whatever it finds, so every check below reads its output. The CMS is taken apart with
 * node-forge's ASN.1 reader (not the code under test) to see the attributes PAdES requires.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVED_LANGUAGES } from '../../server/languages.js';
import { demoLetter } from '../fixtures/letters/demo-letters.js';
import { signLetter, writeSignedLetter } from '../../server/replies/sign-letter.js';
import { LETTER_STRINGS } from '../../server/replies/pdf/letter-strings.js';
import { DEMO_SEAL_NAME, ensureDemoCertificate, type DemoCertificate } from '../../server/replies/signing/demo-certificate.adapter.js';
import { createP12Signer, signingKeyFromP12 } from '../../server/replies/signing/p12-key.adapter.js';
import { createPadesSigner } from '../../server/replies/signing/pades-signer.adapter.js';
import type { Signer } from '../../server/replies/signing/signer.js';

let dir: string;
let demo: DemoCertificate;
let signer: Signer;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-signature-'));
  demo = ensureDemoCertificate(path.join(dir, 'data'));
  signer = createP12Signer({ ...demo, clock: { now: () => new Date('2026-03-04T10:15:00Z') } });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function pdfsig(bytes: Uint8Array, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function byteRangeOf(pdf: Uint8Array): [number, number, number, number] {
  const match = /\/ByteRange \[\s*(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'));
  if (!match) throw new Error('no /ByteRange');
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

/** Flips one byte inside a stream's data, so the file still parses but its bytes have changed. */
function tamper(pdf: Uint8Array, fromOffset: number): Uint8Array {
  const copy = new Uint8Array(pdf);
  const at = Buffer.from(copy).indexOf('stream\n', fromOffset, 'latin1') + 'stream\n'.length + 5;
  copy[at] ^= 0x01;
  return copy;
}

describe('the demo certificate', () => {
  it('is generated once into the data directory, readable by its owner only, and says it is a demo', () => {
    expect(path.dirname(demo.p12Path)).toBe(path.join(dir, 'data', 'demo-seal'));
    expect(fs.statSync(demo.p12Path).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(path.dirname(demo.p12Path), 'passphrase')).mode & 0o777).toBe(0o600);
    const before = fs.readFileSync(demo.p12Path);
    expect(ensureDemoCertificate(path.join(dir, 'data'))).toEqual(demo);
    expect(fs.readFileSync(demo.p12Path).equals(before)).toBe(true);
    const key = signingKeyFromP12(new Uint8Array(before), demo.passphrase);
    expect(key.subjectName).toBe(DEMO_SEAL_NAME);
    expect(key.subjectName).toMatch(/^DEMO .*not valid for real letters$/);
    expect(key.keyAlgorithm).toBe('rsa');
  });

  it('refuses a wrong passphrase with a message a person understands', () => {
    expect(() => createP12Signer({ p12Path: demo.p12Path, passphrase: 'wrong' })).toThrow(/wrong passphrase/);
  });
});

describe('a signed letter', () => {
  it.each(SERVED_LANGUAGES)('%s: pdfsig finds one valid ETSI.CAdES.detached signature over the whole file', async (lang) => {
    const signed = await signLetter(demoLetter(lang, lang === 'ru' ? 'long' : 'short'), signer);
    const report = pdfsig(signed, `signed-${lang}.pdf`);
    expect(report.match(/^Signature #\d+:/gm)).toHaveLength(1);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain(`Signer Certificate Common Name: ${DEMO_SEAL_NAME}`);
    expect(report).toContain('Signature Field Name: LetterSignature');
    // Self-signed: the certificate is not trusted, which is expected of a demo.
    expect(report).toMatch(/Certificate Validation: Certificate (issuer is unknown|isn't Trusted)/);
  });

  it.each([
    ['the first signed range', (pdf: Uint8Array) => tamper(pdf, 0)],
    ['the second signed range', (pdf: Uint8Array) => tamper(pdf, byteRangeOf(pdf)[2])],
  ])('one changed byte in %s is detected', async (_where, change) => {
    const signed = await signLetter(demoLetter('lt', 'short'), signer);
    expect(pdfsig(signed, 'untouched.pdf')).toContain('Signature is Valid.');
    const [a, b, c, d] = byteRangeOf(signed);
    expect(a).toBe(0);
    expect(c + d).toBe(signed.length);
    const changed = change(signed);
    const differing = changed.findIndex((byte, i) => byte !== signed[i]);
    expect(differing >= 0 && (differing < b || (differing >= c && differing < c + d))).toBe(true);
    const report = pdfsig(changed, 'tampered.pdf');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it('carries the CMS attributes of PAdES B-B: content type, message digest, signing-certificate-v2, and no signing time', async () => {
    const signed = await signLetter(demoLetter('pl', 'short'), signer);
    const text = Buffer.from(signed).toString('latin1');
    const [, b, c, d] = byteRangeOf(signed);
    const hex = text.slice(b + 1, c - 1).replace(/(00)+$/, '');
    const cms = forge.asn1.fromDer(forge.util.hexToBytes(hex.length % 2 ? `${hex}0` : hex));
    const oid = (node: forge.asn1.Asn1) => forge.asn1.derToOid(node.value as string);
    const children = (node: forge.asn1.Asn1) => node.value as forge.asn1.Asn1[];

    expect(oid(children(cms)[0])).toBe('1.2.840.113549.1.7.2');
    const signedData = children(children(cms)[1])[0];
    const [, , encapsulated, certificates, signerInfos] = children(signedData);
    expect(children(encapsulated)).toHaveLength(1); // detached: no content
    const certificateDer = forge.asn1.toDer(children(certificates)[0]).getBytes();
    const signerInfo = children(signerInfos)[0];
    const signedAttributes = children(signerInfo).find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0)!;
    const attributes = new Map(children(signedAttributes).map((attribute) => [oid(children(attribute)[0]), children(children(attribute)[1])[0]]));
    expect([...attributes.keys()].sort()).toEqual(['1.2.840.113549.1.9.16.2.47', '1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4']);
    expect(attributes.has('1.2.840.113549.1.9.5')).toBe(false);

    const signedBytes = Buffer.concat([Buffer.from(signed.subarray(0, b)), Buffer.from(signed.subarray(c, c + d))]);
    const digest = createHash('sha256').update(signedBytes).digest();
    expect(Buffer.from(attributes.get('1.2.840.113549.1.9.4')!.value as string, 'binary').equals(digest)).toBe(true);

    // signing-certificate-v2 → certs → ESSCertIDv2 → certHash: SHA-256 of the signer's certificate.
    const essCertId = children(children(attributes.get('1.2.840.113549.1.9.16.2.47')!)[0])[0];
    const certHash = Buffer.from(children(essCertId)[0].value as string, 'binary');
    expect(certHash.equals(createHash('sha256').update(Buffer.from(certificateDer, 'binary')).digest())).toBe(true);

    // The signing time sits in the signature dictionary instead.
    expect(text).toMatch(/\/M \(D:20260304101500Z\)/);
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
  });

  it.each(SERVED_LANGUAGES)('%s: shows a visible stamp on the last page, in the letter’s language', async (lang) => {
    const letter = demoLetter(lang, 'long');
    const signed = await signLetter(letter, signer);
    const file = path.join(dir, `stamp-${lang}.pdf`);
    fs.writeFileSync(file, signed);
    const lastPage = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '3', '-l', '3', file, '-'], { encoding: 'utf8' });
    const strings = LETTER_STRINGS[lang];
    expect(lastPage).toContain(strings.signedElectronically);
    expect(lastPage).toContain(`${strings.signedBy}: ${letter.signature.name}`);
    expect(lastPage).toContain(`${strings.signedAt}: 2026-03-04 12:15:00 +02:00`);
    expect(lastPage.replace(/\s+/g, ' ')).toContain(`${strings.certificate}: DEMO`);

    const doc = await PDFDocument.load(signed);
    const pages = doc.getPages();
    const widgets = pages.map((page) =>
      (page.node.Annots()?.asArray() ?? [])
        .map((ref) => doc.context.lookup(ref as PDFRef, PDFDict))
        .filter((annot) => annot.get(PDFName.of('FT')) === PDFName.of('Sig')),
    );
    expect(widgets.map((w) => w.length)).toEqual([0, 0, 1]);
    const widget = widgets[2][0];
    expect(widget.get(PDFName.of('V'))).toBeInstanceOf(PDFRef);
    const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asRectangle();
    expect(rect.width).toBeGreaterThan(200);
    expect(rect.height).toBeGreaterThan(40);
    const appearance = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
    expect(appearance).toBeInstanceOf(PDFStream);
  });

  it('writes the signed letter to the chosen file (the `letter` command)', async () => {
    const out = path.join(dir, 'nested', 'folder', 'letter-en.pdf');
    const result = await writeSignedLetter(demoLetter('en', 'short'), signer, out);
    expect(result).toEqual({ outPath: out, byteLength: fs.statSync(out).size });
    expect(execFileSync('pdfsig', [out], { encoding: 'utf8' })).toContain('Signature is Valid.');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['letter-en.pdf']);
  });

  it('signs a PDF from elsewhere, without a field of ours, with a stamp on its last page', async () => {
    const foreign = await PDFDocument.create();
    foreign.addPage();
    foreign.addPage();
    const signed = await signer.sign(await foreign.save(), { reason: 'Test', location: 'Vilnius', signerName: 'Test Signer', lang: 'en' });
    expect(pdfsig(signed, 'foreign.pdf')).toContain('Signature is Valid.');
  });

  it('takes any signing key through the port: an HSM only has to sign bytes', async () => {
    const key = signingKeyFromP12(new Uint8Array(fs.readFileSync(demo.p12Path)), demo.passphrase);
    let calls = 0;
    const hsm = createPadesSigner(
      { ...key, signSha256: async (data) => (calls++, key.signSha256(data)) },
      { clock: { now: () => new Date('2026-03-04T10:15:00Z') } },
    );
    const signed = await signLetter(demoLetter('ru', 'short'), hsm);
    expect(calls).toBe(1);
    expect(pdfsig(signed, 'hsm.pdf')).toContain('Signature is Valid.');
  });
});
