/**
 * Case events → the in-app list. Runs inside the dispatcher's transaction (every read through
 * `trx`), and writes each entry under the event's id and the recipient's, so an event dispatched
 * twice adds nothing:
 * - case_assigned → the new assignee (not when they took it themselves);
 * - reply_approval_requested → every active manager of the case's department (the approval queue);
 * - reply_returned → the reply's author, with the manager's comment;
 * - message_received, unverified_message_received → the assignee, or, while nobody has the case,
 *   the department's clerks and managers.
 */
import type { Kysely } from 'kysely';
import { caseAlertFacts } from '../../cases/index.js';
import type { CaseEvent } from '../../cases/case-events.js';
import { listActiveStaff } from '../../auth/list-active-staff.js';
import type { DB } from '../../db/schema.js';
import { newId } from '../../ids.js';
import { findReplyFacts } from '../../replies/reply-facts.js';
import type { EventHandler } from '../dispatch-events.js';
import { insertStaffNotifications } from './staff-notification.repository.js';
import {
  caseWorkers, departmentManagers, eventDedupeKey, tellable,
  type StaffNotificationData, type StaffNotificationKind,
} from './staff-notification.js';

type Staff = Awaited<ReturnType<typeof listActiveStaff>>[number];
interface Decision { kind: StaffNotificationKind; to: Staff[]; data: Partial<StaffNotificationData> }

async function decide(trx: Kysely<DB>, event: CaseEvent, staff: Staff[], kase: { departmentId: string | null; assigneeId: string | null }): Promise<Decision | null> {
  switch (event.type) {
    case 'case_assigned': {
      const assignee = staff.find((u) => u.id === event.data.assigneeId);
      return { kind: 'case_assigned', to: assignee ? [assignee] : [], data: {} };
    }
    case 'reply_approval_requested':
      return { kind: 'approval_requested', to: departmentManagers(staff, kase.departmentId), data: { replyId: event.data.replyId } };
    case 'reply_returned': {
      const reply = await findReplyFacts(trx, event.data.replyId);
      const author = reply && staff.find((u) => u.id === reply.authorId);
      return { kind: 'reply_returned', to: author ? [author] : [], data: { replyId: event.data.replyId, comment: event.data.comment } };
    }
    case 'message_received':
      return {
        kind: 'resident_replied', to: caseWorkers(staff, kase, true),
        data: { channel: event.data.channel, ...(event.data.documentIds?.length ? { documents: event.data.documentIds.length } : {}) },
      };
    case 'unverified_message_received':
      return { kind: 'resident_replied', to: caseWorkers(staff, kase, true), data: { channel: event.data.channel, unverified: true } };
    default:
      return null;
  }
}

const TOLD_OF = new Set<CaseEvent['type']>(['case_assigned', 'reply_approval_requested', 'reply_returned', 'message_received', 'unverified_message_received']);

export function createStaffEventHandler(): EventHandler {
  return async (trx, event) => {
    if (!TOLD_OF.has(event.type)) return;
    const kase = await caseAlertFacts(trx, event.caseId);
    if (!kase) return;
    const staff = await listActiveStaff(trx);
    const decision = await decide(trx, event, staff, kase);
    if (!decision) return;
    const actorId = event.actorType === 'user' ? event.actorId : null;
    const actorName = actorId ? staff.find((u) => u.id === actorId)?.name ?? null : null;
    const data: StaffNotificationData = { caseNumber: kase.number, subject: kase.subject, actorName, ...decision.data };
    await insertStaffNotifications(
      trx,
      tellable(decision.to, kase, actorId).map((u) => ({
        id: newId(), dedupeKey: eventDedupeKey(event.id, u.id), userId: u.id, caseId: kase.id, kind: decision.kind, data, createdAt: event.createdAt,
      })),
    );
  };
}
