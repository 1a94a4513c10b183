/**
 * What the notifications slice needs to know about a case to tell its petitioner of an event,
 * read inside the dispatcher's transaction: who to write to, in which language, under which
 * number, and the thread the petition arrived in (so our e-mail lands beside it).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { CaseStatus, Channel, DeliveryChannel } from './case.js';
import type { CaseEvent } from './case-events.js';
import { listCaseEvents } from './case-event.repository.js';
import { findCaseById, findPetitioner } from './case.repository.js';

export interface CaseForNotice {
  id: string;
  number: string;
  status: CaseStatus;
  channel: Channel;
  replyLanguage: Lang;
  departmentId: string | null;
  dueOn: string | null;
  deliveryChannel: DeliveryChannel;
  petitionerEmail: string | null;
  /** The Message-ID the petition came by (e-mail petitions), to thread our messages under it. */
  threadMessageId: string | null;
  /** The case's public trail, oldest first: what happened alongside the event being told. */
  events: CaseEvent[];
}

export async function loadCaseForNotice(trx: Kysely<DB>, caseId: string): Promise<CaseForNotice | null> {
  const kase = await findCaseById(trx, caseId);
  if (!kase) return null;
  const petitioner = await findPetitioner(trx, kase.petitionerId);
  const events = await listCaseEvents(trx, caseId);
  const received = events.find((e) => e.type === 'case_received');
  const threadMessageId = received?.type === 'case_received' ? (received.data.messageId ?? null) : null;
  return {
    id: kase.id,
    number: kase.number,
    status: kase.status,
    channel: kase.channel,
    replyLanguage: kase.replyLanguage,
    departmentId: kase.departmentId,
    dueOn: kase.dueOn,
    deliveryChannel: kase.deliveryChannel,
    petitionerEmail: petitioner?.email ?? null,
    threadMessageId,
    events,
  };
}
