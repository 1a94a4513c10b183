/**
 * A petition whose text we already have and whose department is decided (demo data, integrators,
 * tests): through the one pipeline, registered at once. A file that cannot be read is kept,
 * marked with its reason, as a paper letter's would be.
 */
import type { Channel } from '../cases/case.js';
import type { PetitionKind } from '../deadlines/deadline.js';
import type { RegistrationDetails } from '../cases/index.js';
import { InvalidInputError } from '../errors.js';
import type { Lang } from '../languages.js';
import type { IntakeDeps } from './deps.js';
import { receivePetition } from './receive-petition.js';

export interface PetitionToRegister {
  channel: Channel;
  kind: PetitionKind;
  language: Lang;
  petitioner: { name: string; email: string | null; phone: string | null; address: string | null };
  subject: string;
  body: string;
  departmentId: string | null;
  serviceId: string | null;
  /** `mediaType` is what the sender claimed; the type is found by content. */
  files: { filename: string; bytes: Uint8Array; mediaType?: string }[];
  /** When the desk received it (defaults to now). */
  receivedAt?: Date;
  /** Kept on the registration event: how it was routed (confidence, top three, evidence). */
  registration?: RegistrationDetails;
}

export interface RegisteredPetition {
  caseId: string;
  number: string;
  trackingCode: string;
  registeredOn: string;
  dueOn: string;
}

export async function registerPetition(deps: IntakeDeps, p: PetitionToRegister): Promise<RegisteredPetition> {
  if (!p.body.trim() && p.files.length === 0) throw new InvalidInputError('empty petition');
  const received = await receivePetition(deps, {
    case: {
      channel: p.channel,
      kind: p.kind,
      language: p.language,
      replyLanguage: p.language,
      petitioner: p.petitioner,
      subject: p.subject,
      body: p.body,
      departmentId: p.departmentId,
      serviceId: p.serviceId,
    },
    files: p.files.map((f) => ({ filename: f.filename, bytes: f.bytes, declaredType: f.mediaType })),
    badFiles: 'keep',
    fileRole: 'attachment',
    registerNow: p.registration ?? {},
    receivedAt: p.receivedAt,
  });
  return { caseId: received.caseId, number: received.number, trackingCode: received.trackingCode!, registeredOn: received.registeredOn!, dueOn: received.dueOn! };
}
