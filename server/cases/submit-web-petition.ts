/**
 * A resident's petition from the web form: checks the attachments by content and size, picks
 * the department from the topic the resident chose (if any; otherwise triage), registers.
 */
import { findServiceBySlug } from '../departments/list-service-catalogue.js';
import { InvalidInputError } from '../errors.js';
import { sniffMediaType } from '../intake/file-sniffing.adapter.js';
import type { WebPetitionInput } from './case.schema.js';
import type { CaseDeps } from './deps.js';
import { registerPetition, type IncomingFile, type RegisteredPetition } from './register-petition.js';

export interface UploadLimits {
  maxFiles: number;
  maxBytesPerFile: number;
}

export async function submitWebPetition(
  deps: CaseDeps & { uploadLimits: UploadLimits },
  input: WebPetitionInput,
  files: { filename: string; bytes: Uint8Array }[],
): Promise<RegisteredPetition> {
  const nonEmpty = files.filter((f) => f.bytes.byteLength > 0);
  if (nonEmpty.length > deps.uploadLimits.maxFiles) throw new InvalidInputError('too many files', { reason: 'too_many_files' });
  const checked: IncomingFile[] = [];
  for (const f of nonEmpty) {
    if (f.bytes.byteLength > deps.uploadLimits.maxBytesPerFile) throw new InvalidInputError('file too large', { reason: 'upload_too_large' });
    const mediaType = await sniffMediaType(f.bytes);
    if (!mediaType) throw new InvalidInputError('file type not accepted', { reason: 'file_type', filename: f.filename });
    checked.push({ filename: f.filename, mediaType, bytes: f.bytes });
  }
  const service = input.serviceSlug ? await findServiceBySlug(deps, input.serviceSlug) : undefined;
  if (input.serviceSlug && !service) throw new InvalidInputError('unknown topic', { reason: 'bad_topic' });
  return registerPetition(deps, {
    channel: 'web',
    kind: input.kind,
    language: input.language,
    petitioner: { name: input.name, email: input.email, phone: input.phone, address: input.address },
    subject: input.subject,
    body: input.body,
    departmentId: service?.departmentId ?? null,
    serviceId: service?.id ?? null,
    files: checked,
  });
}
