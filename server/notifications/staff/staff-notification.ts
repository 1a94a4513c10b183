/**
 * What a member of staff is told in the app, and who is told what. Pure: no I/O, "today" passed in.
 *
 * An entry names its kind, the case (number and subject), who or what caused it, and where to go;
 * each has a dedupe key, so an event dispatched twice, or a sweep run twice on a day, adds nothing.
 */
import { z } from 'zod';
import { canViewCase, managesDepartment, type User } from '../../auth/user.js';
import { workingDaysBetween, type CalendarDate } from '../../deadlines/calendar.js';

export const STAFF_NOTIFICATION_KINDS = ['case_assigned', 'approval_requested', 'reply_returned', 'resident_replied', 'due_soon', 'overdue'] as const;
export type StaffNotificationKind = (typeof STAFF_NOTIFICATION_KINDS)[number];

/** The facts an entry shows, kept as they were when it was raised (a case's subject may change later). */
export const staffNotificationDataSchema = z.object({
  caseNumber: z.string(),
  subject: z.string(),
  /** Who did it: the colleague's name; null for the resident or the desk itself. */
  actorName: z.string().nullable().default(null),
  replyId: z.string().optional(),
  comment: z.string().optional(),
  /** How the resident wrote, and whether the desk could tell it was them. */
  channel: z.enum(['email', 'letter', 'web']).optional(),
  unverified: z.boolean().optional(),
  documents: z.number().int().optional(),
  dueOn: z.string().optional(),
});
export type StaffNotificationData = z.infer<typeof staffNotificationDataSchema>;

export interface StaffNotification {
  id: string;
  kind: StaffNotificationKind;
  caseId: string | null;
  data: StaffNotificationData;
  createdAt: string;
  readAt: string | null;
  /** Where the entry leads: the reply for the four-eyes steps, else the case. */
  href: string;
}

export function hrefOf(kind: StaffNotificationKind, data: Pick<StaffNotificationData, 'caseNumber' | 'replyId'>): string {
  if ((kind === 'approval_requested' || kind === 'reply_returned') && data.replyId) return `/staff/replies/${encodeURIComponent(data.replyId)}`;
  return `/staff/cases/${encodeURIComponent(data.caseNumber)}`;
}

/** What the rules need to know of the case. */
export interface CaseForRecipients {
  departmentId: string | null;
  assigneeId: string | null;
}

type Staff = Pick<User, 'id' | 'role' | 'departmentId' | 'name' | 'active'>;

/** A manager in the sense of who approves and watches a department's deadlines (an admin is told nothing unasked). */
export function departmentManagers<U extends Staff>(staff: readonly U[], departmentId: string | null): U[] {
  return staff.filter((u) => u.active && u.role === 'manager' && managesDepartment(u, departmentId));
}

/** The department's clerks: the people who work its unassigned cases. */
export function departmentClerks<U extends Staff>(staff: readonly U[], departmentId: string | null): U[] {
  return departmentId === null ? [] : staff.filter((u) => u.active && u.role === 'clerk' && u.departmentId === departmentId);
}

/** The case's assignee, or, for an unassigned case, its department's clerks (and managers, when `withManagers`). */
export function caseWorkers<U extends Staff>(staff: readonly U[], kase: CaseForRecipients, withManagers: boolean): U[] {
  const assignee = kase.assigneeId ? staff.find((u) => u.id === kase.assigneeId && u.active) : undefined;
  if (assignee) return [assignee];
  return [...departmentClerks(staff, kase.departmentId), ...(withManagers ? departmentManagers(staff, kase.departmentId) : [])];
}

/**
 * The last filter every recipient list passes: only people who may see the case, each once, and
 * never the person who did the thing (nobody is told of what they did themselves).
 */
export function tellable<U extends Staff>(people: readonly U[], kase: CaseForRecipients, actorId: string | null): U[] {
  const seen = new Set<string>();
  return people.filter((u) => {
    if (seen.has(u.id) || u.id === actorId || !u.active || !canViewCase(u, { departmentId: kase.departmentId })) return false;
    seen.add(u.id);
    return true;
  });
}

/**
 * Not a legal period: the sweep's warning, two working days before the due date — the last
 * moment to draft, approve and sign without hurry.
 */
export const AT_RISK_WORKING_DAYS = 2;

export type SweepState = 'due_soon' | 'overdue';

/** Where a running deadline stands for the sweep on `today`: overdue after the due date, due soon within AT_RISK_WORKING_DAYS. */
export function sweepStateOf(dueOn: CalendarDate, today: CalendarDate): SweepState | null {
  if (today > dueOn) return 'overdue';
  return workingDaysBetween(today, dueOn) <= AT_RISK_WORKING_DAYS ? 'due_soon' : null;
}

/** Once per case, due date and state, per person: a new due date (an extension) may warn again. */
export function sweepDedupeKey(state: SweepState, caseId: string, dueOn: CalendarDate, userId: string): string {
  return `sweep:${state}:${caseId}:${dueOn}:${userId}`;
}

export function eventDedupeKey(eventId: string, userId: string): string {
  return `event:${eventId}:${userId}`;
}
