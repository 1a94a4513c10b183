/**
 * The demo's signing certificate: generated on first start into the data directory, self-signed
 * and named so that nobody can mistake a demo letter for a real one. Production points
 * config at the municipality's own (qualified) seal instead.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

export const DEMO_SEAL_NAME = 'DEMO — Petition Desk test seal, not valid for real letters';

const FOLDER = 'demo-seal';
const P12_FILE = 'demo-seal.p12';
const PASSPHRASE_FILE = 'passphrase';

export interface DemoCertificate {
  p12Path: string;
  passphrase: string;
}

function read(folder: string): DemoCertificate | null {
  const p12Path = path.join(folder, P12_FILE);
  try {
    const passphrase = fs.readFileSync(path.join(folder, PASSPHRASE_FILE), 'utf8').trim();
    if (!fs.existsSync(p12Path)) return null;
    return { p12Path, passphrase };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function demoP12(passphrase: string, now: Date): Uint8Array {
  const pair = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const privateKey = forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const publicKey = forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());

  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  // A positive serial number of 16 random bytes (RFC 5280, 4.1.2.2).
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`;
  certificate.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  certificate.validity.notAfter = new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000);
  // forge encodes UTF8String values itself.
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  const name: forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'LT' },
    { shortName: 'O', value: 'Petition Desk (DEMO)', valueTagClass: utf8 },
    { shortName: 'OU', value: 'Not a qualified certificate — for testing only', valueTagClass: utf8 },
    { shortName: 'CN', value: DEMO_SEAL_NAME, valueTagClass: utf8 },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], passphrase, { algorithm: 'aes256', friendlyName: 'Petition Desk demo seal' });
  return new Uint8Array(Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
}

/**
 * The demo certificate's PKCS#12 file and passphrase, created once (files mode 0600). Two
 * processes starting together both generate one, but only one folder is renamed into place.
 */
export function ensureDemoCertificate(dataDir: string, now: Date = new Date()): DemoCertificate {
  const folder = path.join(dataDir, FOLDER);
  const existing = read(folder);
  if (existing) return existing;

  fs.mkdirSync(dataDir, { recursive: true });
  const staging = path.join(dataDir, `.${FOLDER}-${randomUUID()}`);
  fs.mkdirSync(staging, { mode: 0o700 });
  try {
    const passphrase = randomBytes(24).toString('base64url');
    fs.writeFileSync(path.join(staging, P12_FILE), demoP12(passphrase, now), { mode: 0o600, flag: 'wx' });
    fs.writeFileSync(path.join(staging, PASSPHRASE_FILE), `${passphrase}\n`, { mode: 0o600, flag: 'wx' });
    try {
      fs.renameSync(staging, folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
      // Another process was quicker: its certificate is the one.
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const created = read(folder);
  if (!created) throw new Error(`demo certificate missing in ${folder}`);
  return created;
}
