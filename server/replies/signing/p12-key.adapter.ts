/**
 * A software signing key from a PKCS#12 file (path and passphrase from config). node-forge opens
 * the container; Node's crypto does the signing and matches certificate to key, so RSA and EC
 * keys both work and a certificate is passed on byte for byte.
 */
import { X509Certificate, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import forge from 'node-forge';
import { systemClock, type Clock } from '../../clock.js';
import { createPadesSigner } from './pades-signer.adapter.js';
import type { Signer, SigningKey } from './signer.js';

const binary = (bytes: Uint8Array) => Buffer.from(bytes).toString('binary');
const fromBinary = (text: string) => new Uint8Array(Buffer.from(text, 'binary'));

function privateKeyOf(bag: forge.pkcs12.Bag): KeyObject {
  if (bag.key) return createPrivateKey(forge.pki.privateKeyToPem(bag.key as forge.pki.rsa.PrivateKey));
  // forge only understands RSA keys; others come as the raw PKCS#8 structure.
  if (bag.asn1) return createPrivateKey({ key: Buffer.from(fromBinary(forge.asn1.toDer(bag.asn1).getBytes())), format: 'der', type: 'pkcs8' });
  throw new Error('the PKCS#12 key bag holds no usable key');
}

function certificateDer(bag: forge.pkcs12.Bag): Uint8Array {
  if (bag.cert) return fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes());
  if (bag.asn1) return fromBinary(forge.asn1.toDer(bag.asn1).getBytes());
  throw new Error('the PKCS#12 certificate bag holds no certificate');
}

/** The subject's CN, without the backslash escapes of OpenSSL's one-line form ("seal\\, not valid"). */
function commonName(certificate: X509Certificate): string {
  const cn = certificate.subject.split('\n').find((part) => part.startsWith('CN='));
  const escaped = cn ? cn.slice(3) : certificate.subject.replace(/\n/g, ', ');
  // RFC 2253 escapes (\, \+ …) and control characters as \XX.
  return escaped.replace(/\\(?:([0-9A-Fa-f]{2})|(.))/g, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCharCode(Number.parseInt(hex, 16)) : (char ?? ''),
  );
}

export function signingKeyFromP12(p12: Uint8Array, passphrase: string): SigningKey {
  let container: forge.pkcs12.Pkcs12Pfx;
  try {
    container = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(binary(p12)), false, passphrase);
  } catch (error) {
    throw new Error(`cannot open the PKCS#12 signing certificate (wrong passphrase or not a PKCS#12 file): ${(error as Error).message}`);
  }
  const keyBags = [
    ...(container.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(container.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBags = container.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  if (keyBags.length === 0) throw new Error('the PKCS#12 file holds no private key');
  const privateKey = privateKeyOf(keyBags[0]);
  const certificates = certBags.map((bag) => {
    const der = certificateDer(bag);
    return { der, x509: new X509Certificate(Buffer.from(der)) };
  });
  const own = certificates.find((c) => c.x509.checkPrivateKey(privateKey));
  if (!own) throw new Error('no certificate in the PKCS#12 file matches its private key');
  // The signer's certificate first, then its issuers in order, as far as the file has them.
  const chain = [own];
  for (let current = own; ; ) {
    const issuer = certificates.find((c) => !chain.includes(c) && current.x509.checkIssued(c.x509));
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  const keyAlgorithm = privateKey.asymmetricKeyType === 'rsa' ? 'rsa' : 'ecdsa';
  if (privateKey.asymmetricKeyType !== 'rsa' && privateKey.asymmetricKeyType !== 'ec') {
    throw new Error(`unsupported signing key type: ${privateKey.asymmetricKeyType}`);
  }
  return {
    certificates: chain.map((c) => c.der),
    subjectName: commonName(own.x509),
    keyAlgorithm,
    signSha256: async (data) => new Uint8Array(sign('sha256', data, privateKey)),
  };
}

export interface P12SignerOptions {
  p12Path: string;
  passphrase: string;
  clock?: Clock;
}

/** Reads the PKCS#12 file once, at construction: a wrong passphrase fails at start, not at the first letter. */
export function createP12Signer(options: P12SignerOptions): Signer {
  const key = signingKeyFromP12(new Uint8Array(fs.readFileSync(options.p12Path)), options.passphrase);
  return createPadesSigner(key, { clock: options.clock ?? systemClock });
}
