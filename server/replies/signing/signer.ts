/**
 * The Signer port: turns a finished PDF into a signed one. The desk ships a PAdES signer fed by
 * a PKCS#12 file (pades-signer.adapter.ts + p12-key.adapter.ts); a qualified e-seal on an HSM or
 * a remote signing service plugs in either as a whole Signer, or, more simply, as a SigningKey:
 * the certificate chain and "sign these bytes with SHA-256", which is all an HSM needs to do.
 */
import type { Lang } from '../../languages.js';

export interface SignatureInfo {
  /** Why the document is signed (PDF /Reason), e.g. "Atsakymas į prašymą VLN-2026-000123". */
  reason: string;
  /** Where (PDF /Location), e.g. "Vilnius". */
  location: string;
  /** Who signs, as the stamp and the signature dictionary show it (PDF /Name). */
  signerName: string;
  contactInfo?: string;
  /** Language of the visible stamp; by default the document's /Lang. */
  lang?: Lang;
  /** Defaults to the signer's clock. Goes into the signature dictionary's /M (PAdES carries no CMS signing-time). */
  signingTime?: Date;
}

export interface Signer {
  sign(pdf: Uint8Array, info: SignatureInfo): Promise<Uint8Array>;
}

/** Key material for a PAdES signer: software (PKCS#12), an HSM, or a remote sealing service. */
export interface SigningKey {
  /** DER X.509 certificates: the signer's own first, then (optionally) its chain up to the root. */
  certificates: Uint8Array[];
  /** The signer's certificate subject, common name (shown on the stamp). */
  subjectName: string;
  keyAlgorithm: 'rsa' | 'ecdsa';
  /** A PKCS#1 v1.5 (RSA) or DER ECDSA signature over SHA-256 of data. */
  signSha256(data: Uint8Array): Promise<Uint8Array>;
}
