/** The staff view of one case: the petition, petitioner, documents, trail and what may happen next. */
import { canWorkCase, type Actor } from '../auth/user.js';
import { listAssignableUsers, listUserNames } from '../auth/list-users.js';
import { deadlineState, forwardingDueDate, pauseOf, type DeadlineStatus } from '../deadlines/deadline.js';
import { describeClock, type CaseClock } from '../deadlines/legal-clock.js';
import { APPLIED_INFORMATION_RULE, type LegalRuleId } from '../deadlines/legal-rules.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { allowedTransitions, isOpen, type CaseDocument, type CaseRecord, type CaseStatus, type Petitioner } from './case.js';
import type { CaseEvent } from './case-events.js';
import { loadVisibleCase } from './case-access.js';
import { findPetitioner } from './case.repository.js';
import { listDocuments } from './documents/document.repository.js';
import { listCaseEvents } from './case-event.repository.js';
import { findRoutingSuggestion, type StoredRoutingSuggestion } from './routing-suggestion.repository.js';
import type { CaseDeps } from './deps.js';

export interface StaffCaseView {
  kase: CaseRecord;
  petitioner: Petitioner;
  documents: CaseDocument[];
  events: CaseEvent[];
  /** What the router proposed at registration (triage shows it); null when it was not asked. */
  routingSuggestion: StoredRoutingSuggestion | null;
  nextStatuses: readonly CaseStatus[];
  assignees: { id: string; name: string }[];
  deadline: DeadlineStatus | null;
  /** Where the legal clock stands and which rule set the due date. */
  clock: CaseClock;
  /** The last day to forward it, for an open, registered case not forwarded (null otherwise). */
  forwardingDueOn: string | null;
  /** While paused: the information rule that will set the new due date when the information arrives. */
  resumeRule: LegalRuleId | null;
  /** Whether the actor may work the case (notes, status, forwarding), not only see it. */
  mayWork: boolean;
  /** Whether it may be forwarded now: the status machine allows it and the actor may work it. */
  mayForward: boolean;
  /** Names of the staff who appear on the trail. */
  actorNames: Record<string, string>;
}

export async function getCaseForStaff(deps: CaseDeps, actor: Actor, number: string): Promise<StaffCaseView> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  const [petitioner, documents, events, assignees, routingSuggestion] = await Promise.all([
    findPetitioner(deps.db, kase.petitionerId),
    listDocuments(deps.db, kase.id),
    listCaseEvents(deps.db, kase.id),
    listAssignableUsers(deps, kase.departmentId),
    findRoutingSuggestion(deps.db, kase.id),
  ]);
  if (!petitioner) throw new Error(`case ${kase.number} has no petitioner`);
  // "assigned" is reached by assigning, not by picking it as a status.
  // "forwarded" by forwarding, which says where (forward-case.ts).
  const allowed = allowedTransitions(kase.status);
  const nextStatuses = allowed.filter((s) => s !== 'assigned' && s !== 'forwarded');
  const staffIds = [...new Set(events.filter((e) => e.actorType === 'user' && e.actorId).map((e) => e.actorId as string))];
  const actorNames = Object.fromEntries(await listUserNames(deps, staffIds));
  const deadline = kase.dueOn && isOpen(kase.status) ? deadlineState(kase.dueOn, vilniusDateOf(deps.clock.now()), pauseOf(kase)) : null;
  const clock = describeClock(kase);
  const forwardingDueOn = kase.registeredOn && isOpen(kase.status) ? forwardingDueDate(kase.registeredOn) : null;
  const resumeRule = clock.state === 'paused' ? APPLIED_INFORMATION_RULE : null;
  const mayWork = canWorkCase(actor, kase);
  const mayForward = mayWork && allowed.includes('forwarded');
  return { kase, petitioner, documents, events, routingSuggestion, nextStatuses, assignees, actorNames, deadline, clock, forwardingDueOn, resumeRule, mayWork, mayForward };
}
