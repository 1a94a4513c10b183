/**
 * A resident's petition from the web form: attachments are checked by content and limits (a
 * bad file is refused with its reason, before anything is registered), the topic the resident
 * chose (if any) picks the department, and each attachment's text extraction is queued in the
 * same transaction that registers the case.
 */
import type { WebPetitionInput } from '../../cases/case.schema.js';
import { registerPetition, type IncomingFile, type RegisteredPetition } from '../register-petition.js';
import { findServiceBySlug } from '../../departments/list-service-catalogue.js';
import { InvalidInputError } from '../../errors.js';
import { JOB, needsExtraction, type IntakeDeps } from '../deps.js';
import { inspectFile } from '../files/inspect-file.js';

export async function submitWebPetition(
  deps: IntakeDeps,
  input: WebPetitionInput,
  files: { filename: string; bytes: Uint8Array }[],
): Promise<RegisteredPetition> {
  const given = files.filter((f) => f.bytes.byteLength > 0 || f.filename);
  if (given.length > deps.maxFilesPerPetition) throw new InvalidInputError('too many files', { reason: 'too_many_files' });
  const checked: IncomingFile[] = [];
  for (const f of given) {
    const inspected = await inspectFile(f.bytes, f.filename, deps.fileLimits);
    if (!inspected.ok) throw new InvalidInputError('file refused', { reason: `file_${inspected.reason}`, filename: inspected.safeName });
    checked.push({ filename: inspected.safeName, mediaType: inspected.mediaType, bytes: f.bytes, pageCount: inspected.pages });
  }
  const service = input.serviceSlug ? await findServiceBySlug(deps, input.serviceSlug) : undefined;
  if (input.serviceSlug && !service) throw new InvalidInputError('unknown topic', { reason: 'bad_topic' });
  // No topic chosen: the router decides, or leaves the petition to triage when it is not sure.
  const routed = service
    ? null
    : await deps.analyser.analyse({ subject: input.subject, body: input.body, pages: [], hints: { formLanguage: input.language } });
  return registerPetition(
    deps,
    {
      channel: 'web',
      kind: input.kind,
      language: input.language,
      petitioner: { name: input.name, email: input.email, phone: input.phone, address: input.address },
      subject: input.subject,
      body: input.body,
      departmentId: service?.departmentId ?? routed?.departmentId ?? null,
      serviceId: service?.id ?? null,
      files: checked,
      registration: routed
        ? { departmentConfidence: routed.departmentConfidence, top3: routed.top3, evidence: routed.evidence.slice(0, 12), languageConfidence: routed.languageConfidence }
        : { serviceSlug: input.serviceSlug },
    },
    async (trx, documents) => {
      for (const d of documents.filter((x) => needsExtraction(x.mediaType))) {
        await deps.jobs.enqueue(trx, JOB.extractText, { documentId: d.id }, { key: `extract:${d.id}` });
      }
    },
  );
}
