/**
 * PAdES baseline B-B signatures with @signpdf (the only file that imports it): the letter's empty
 * signature field gets a signature dictionary (SubFilter ETSI.CAdES.detached, /M = signing time)
 * and a visible stamp; @signpdf computes the byte ranges and embeds the CMS that cades.ts builds
 * with whatever SigningKey it is given (PKCS#12 file, HSM, remote seal).
 */
import { SignPdf } from '@signpdf/signpdf';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, SUBFILTER_ETSI_CADES_DETACHED, Signer as SignPdfSigner } from '@signpdf/utils';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFRef, PDFString, type PDFPage } from 'pdf-lib';
import type { Clock } from '../../clock.js';
import { isServedLanguage, type Lang } from '../../languages.js';
import { LETTER_FONT_FEATURES } from '../pdf/font-metrics.js';
import { letterFonts } from '../pdf/fonts.adapter.js';
import { SIGNATURE_FIELD_NAME } from '../pdf/render-letter-pdf.js';
import { cadesDetachedSignature, sha256 } from './cades.js';
import { stampAppearance, stampText } from './signature-stamp.js';
import type { Signer, SigningKey } from './signer.js';

/** Bridges @signpdf's Signer class to our CMS builder. */
class CadesSigner extends SignPdfSigner {
  constructor(private readonly key: SigningKey) {
    super();
  }
  override async sign(pdfWithoutContents: Buffer): Promise<Buffer> {
    return Buffer.from(await cadesDetachedSignature(sha256(pdfWithoutContents), this.key));
  }
}

const ANNOTATION_PRINT = 4;
const SIGNATURES_EXIST_APPEND_ONLY = 3;

interface Field {
  widget: PDFDict;
  widgetRef: PDFRef;
  page: PDFPage;
  rect: [number, number, number, number];
}

/** The letter's empty signature field (render-letter-pdf.ts), or any empty one another tool left. */
function findEmptySignatureField(doc: PDFDocument): Field | null {
  const pages = doc.getPages();
  const candidates: Field[] = [];
  for (const page of pages) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i);
      if (!(ref instanceof PDFRef)) continue;
      const widget = doc.context.lookup(ref);
      if (!(widget instanceof PDFDict)) continue;
      if (widget.get(PDFName.of('FT')) !== PDFName.of('Sig') || widget.has(PDFName.of('V'))) continue;
      const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asRectangle();
      candidates.push({ widget, widgetRef: ref, page, rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height] });
    }
  }
  const named = candidates.find((c) => c.widget.lookupMaybe(PDFName.of('T'), PDFString, PDFHexString)?.decodeText() === SIGNATURE_FIELD_NAME);
  return named ?? candidates[0] ?? null;
}

/** A PDF from elsewhere: the stamp goes to the bottom left corner of its last page. */
function addFallbackField(doc: PDFDocument): Field {
  const page = doc.getPages()[doc.getPageCount() - 1];
  const rect: [number, number, number, number] = [36, 36, 36 + 280, 36 + 60];
  const widget = doc.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFString.of(SIGNATURE_FIELD_NAME), F: ANNOTATION_PRINT, Rect: rect, P: page.ref });
  const widgetRef = doc.context.register(widget);
  page.node.addAnnot(widgetRef);
  return { widget, widgetRef, page, rect };
}

function documentLanguage(doc: PDFDocument): Lang | null {
  const tag = doc.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();
  const code = tag?.slice(0, 2).toLowerCase();
  return isServedLanguage(code) ? code : null;
}

export interface PadesSignerOptions {
  clock: Clock;
  /** Bytes reserved for the CMS; by default enough for the certificate chain plus a margin. */
  signatureLength?: number;
}

export function createPadesSigner(key: SigningKey, options: PadesSignerOptions): Signer {
  const signatureLength = options.signatureLength ?? key.certificates.reduce((n, c) => n + c.length, 0) + 4096;
  const signpdf = new SignPdf();
  const cades = new CadesSigner(key);

  return {
    async sign(pdf, info) {
      const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
      const field = findEmptySignatureField(doc) ?? addFallbackField(doc);
      const signingTime = info.signingTime ?? options.clock.now();
      const lang = info.lang ?? documentLanguage(doc) ?? 'en';

      const fonts = letterFonts();
      doc.registerFontkit(fonts.fontkit);
      const font = await doc.embedFont(fonts.faces.regular.bytes, {
        subset: true,
        customName: `PDSTMP+${fonts.faces.regular.font.postscriptName}`,
        features: LETTER_FONT_FEATURES,
      });
      const [x1, y1, x2, y2] = field.rect;
      const appearance = stampAppearance(doc, font, x2 - x1, y2 - y1, stampText(lang, { signerName: info.signerName, certificateName: key.subjectName, signingTime }));

      const byteRange = PDFArray.withContext(doc.context);
      byteRange.push(PDFNumber.of(0));
      for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
      // Order matters to @signpdf: /ByteRange first, then /Contents.
      const signature = doc.context.obj({
        Type: 'Sig',
        Filter: 'Adobe.PPKLite',
        SubFilter: SUBFILTER_ETSI_CADES_DETACHED,
        ByteRange: byteRange,
        Contents: PDFHexString.of('0'.repeat(signatureLength * 2)),
        M: PDFString.fromDate(signingTime),
        Name: PDFHexString.fromText(info.signerName),
        Reason: PDFHexString.fromText(info.reason),
        Location: PDFHexString.fromText(info.location),
        ...(info.contactInfo ? { ContactInfo: PDFHexString.fromText(info.contactInfo) } : {}),
        Prop_Build: { App: { Name: 'Petition Desk' } },
      });
      // Written as raw bytes so it never lands in a compressed object stream.
      const raw = new Uint8Array(signature.sizeInBytes());
      signature.copyBytesInto(raw, 0);
      const signatureRef = doc.context.register(PDFInvalidObject.of(raw));

      field.widget.set(PDFName.of('V'), signatureRef);
      field.widget.set(PDFName.of('F'), PDFNumber.of(ANNOTATION_PRINT));
      field.widget.set(PDFName.of('AP'), doc.context.obj({ N: appearance }));
      field.widget.set(PDFName.of('P'), field.page.ref);

      let acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
      if (!acroForm) {
        acroForm = doc.context.obj({ Fields: [] });
        doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
      }
      const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray) ?? doc.context.obj([]);
      if (!fields.asArray().some((f) => f === field.widgetRef)) fields.push(field.widgetRef);
      acroForm.set(PDFName.of('Fields'), fields);
      acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(SIGNATURES_EXIST_APPEND_ONLY));

      const prepared = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
      const signed = await signpdf.sign(Buffer.from(prepared.buffer, prepared.byteOffset, prepared.byteLength), cades);
      return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
    },
  };
}
