/**
 * A resident's petition from the web form: the topic the resident chose (if any) picks the
 * department, otherwise the router does (or leaves it to triage when unsure). The text is known,
 * so the case is registered at once; a bad attachment refuses the petition with its reason, before
 * anything is stored, while the resident is there to fix it.
 */
import { findServiceBySlug } from '../../departments/list-service-catalogue.js';
import type { WebPetitionInput } from '../../cases/index.js';
import { InvalidInputError } from '../../errors.js';
import type { IntakeDeps } from '../deps.js';
import { receivePetition } from '../receive-petition.js';
import type { RegisteredPetition } from '../register-petition.js';

export async function submitWebPetition(
  deps: IntakeDeps,
  input: WebPetitionInput,
  files: { filename: string; bytes: Uint8Array }[],
): Promise<RegisteredPetition> {
  // A file input left empty still sends a part with no name and no bytes.
  const given = files.filter((f) => f.bytes.byteLength > 0 || f.filename);
  const service = input.serviceSlug ? await findServiceBySlug(deps, input.serviceSlug) : undefined;
  if (input.serviceSlug && !service) throw new InvalidInputError('unknown topic', { reason: 'bad_topic' });
  const routed = service
    ? null
    : await deps.analyser.analyse({ subject: input.subject, body: input.body, pages: [], hints: { formLanguage: input.language } });
  const received = await receivePetition(deps, {
    case: {
      channel: 'web',
      kind: input.kind,
      language: input.language,
      replyLanguage: input.language,
      petitioner: { name: input.name, email: input.email, phone: input.phone, address: input.address },
      subject: input.subject,
      body: input.body,
      departmentId: service?.departmentId ?? routed?.departmentId ?? null,
      serviceId: service?.id ?? null,
    },
    files: given,
    badFiles: 'refuse',
    fileRole: 'attachment',
    registerNow: routed
      ? { routing: { departmentConfidence: routed.departmentConfidence, top3: routed.top3, evidence: routed.evidence.slice(0, 12), languageConfidence: routed.languageConfidence } }
      : { serviceSlug: service?.slug },
  });
  return { caseId: received.caseId, number: received.number, trackingCode: received.trackingCode!, registeredOn: received.registeredOn!, dueOn: received.dueOn! };
}
