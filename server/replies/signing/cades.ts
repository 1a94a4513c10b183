/**
 * A detached CMS SignedData as PAdES baseline B-B wants it (ETSI EN 319 142-1, 6.3; EN 319 122-1):
 * signed attributes content-type, message-digest and ESS signing-certificate-v2 (RFC 5035), which
 * binds the signer's certificate into what is signed. No signing-time attribute: in PAdES the
 * signature dictionary's /M carries the claimed signing time.
 */
import { createHash } from 'node:crypto';
import { childrenOf, contextTag, integer, nullValue, objectIdentifier, octetString, readTlv, sequence, setOf, slice, sortEncodings, tlv } from './der.js';
import type { SigningKey } from './signer.js';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

/** The issuer Name and serialNumber of a certificate, exactly as encoded in it. */
function issuerAndSerial(certificate: Uint8Array): { issuer: Uint8Array; serial: Uint8Array } {
  const cert = readTlv(certificate, 0);
  const tbs = childrenOf(certificate, childrenOf(certificate, cert)[0]);
  // TBSCertificate: [0] version (optional), serialNumber, signature, issuer, ...
  const offset = tbs[0].tag === 0xa0 ? 1 : 0;
  return { serial: slice(certificate, tbs[offset]), issuer: slice(certificate, tbs[offset + 2]) };
}

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

function attribute(type: string, value: Uint8Array): Uint8Array {
  return sequence(objectIdentifier(type), setOf(value));
}

/** CMS over a SHA-256 digest of the signed byte ranges. */
export async function cadesDetachedSignature(contentDigest: Uint8Array, key: SigningKey): Promise<Uint8Array> {
  const [certificate] = key.certificates;
  if (!certificate) throw new Error('the signing key has no certificate');
  const { issuer, serial } = issuerAndSerial(certificate);

  // ESSCertIDv2 with the default hash algorithm (SHA-256, so omitted) and IssuerSerial
  // (issuer as GeneralNames: one directoryName, [4] EXPLICIT because Name is a CHOICE).
  const essCertIdV2 = sequence(octetString(sha256(certificate)), sequence(sequence(contextTag(4, issuer)), serial));
  const signingCertificateV2 = sequence(sequence(essCertIdV2));

  const signedAttributes = sortEncodings([
    attribute(OID.contentType, objectIdentifier(OID.data)),
    attribute(OID.messageDigest, octetString(contentDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2),
  ]);
  // The signature covers the attributes encoded as a SET OF (RFC 5652, 5.4), not as [0].
  const signature = await key.signSha256(tlv(0x31, ...signedAttributes));

  const digestAlgorithm = sequence(objectIdentifier(OID.sha256));
  const signatureAlgorithm =
    key.keyAlgorithm === 'rsa' ? sequence(objectIdentifier(OID.rsaEncryption), nullValue()) : sequence(objectIdentifier(OID.ecdsaWithSha256));
  const signerInfo = sequence(
    integer(1),
    sequence(issuer, serial),
    digestAlgorithm,
    contextTag(0, ...signedAttributes),
    signatureAlgorithm,
    octetString(signature),
  );
  const signedData = sequence(
    integer(1),
    setOf(digestAlgorithm),
    // Detached: the encapsulated content is absent, its type is id-data.
    sequence(objectIdentifier(OID.data)),
    contextTag(0, ...key.certificates),
    setOf(signerInfo),
  );
  return sequence(objectIdentifier(OID.signedData), contextTag(0, signedData));
}

export { sha256 };
