/**
 * A petition handed in at the front desk without a scan, or taken down over the phone: the clerk
 * types what the petitioner says or brings (and may attach a photo of a page), with the petitioner
 * present to receive the receipt. The text is known, so it is routed and registered at once, like
 * a web petition; its facts are the clerk's, and a bad photo is kept for a person to look at.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/user.js';
import { PETITION_KINDS, webPetitionSchema } from '../../cases/index.js';
import type { IntakeDeps } from '../deps.js';
import { receivePetition } from '../receive-petition.js';
import type { RegisteredPetition } from '../register-petition.js';

export const walkInSchema = webPetitionSchema.omit({ serviceSlug: true }).extend({
  channel: z.enum(['in_person', 'phone']),
  kind: z.enum(PETITION_KINDS),
});
/** A walk-in petition as the boundary parsed it (walkInSchema). */
export type WalkInPetition = z.infer<typeof walkInSchema>;

export async function registerWalkIn(
  deps: IntakeDeps,
  actor: Actor,
  petition: WalkInPetition,
  files: { filename: string; bytes: Uint8Array }[] = [],
): Promise<RegisteredPetition> {
  const given = files.filter((f) => f.bytes.byteLength > 0);
  const routed = await deps.analyser.analyse({ subject: petition.subject, body: petition.body, pages: [], hints: { formLanguage: petition.language } });
  const received = await receivePetition(deps, {
    case: {
      channel: petition.channel,
      kind: petition.kind,
      language: petition.language,
      replyLanguage: petition.language,
      petitioner: { name: petition.name, email: petition.email, phone: petition.phone, address: petition.address },
      subject: petition.subject,
      body: petition.body,
      departmentId: routed.departmentId,
      serviceId: null,
      registeredBy: actor.id,
      intake: { via: 'front-desk', scannedBy: actor.id },
    },
    files: given,
    badFiles: 'keep',
    fileRole: 'attachment',
    actor: { actorType: 'user', actorId: actor.id },
    registerNow: { routing: { departmentConfidence: routed.departmentConfidence, top3: routed.top3, evidence: routed.evidence.slice(0, 12), languageConfidence: routed.languageConfidence } },
  });
  return { caseId: received.caseId, number: received.number, trackingCode: received.trackingCode!, registeredOn: received.registeredOn!, dueOn: received.dueOn! };
}
