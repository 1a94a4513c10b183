/**
 * The morning sweep over running deadlines: each open case due within AT_RISK_WORKING_DAYS, or
 * past its due date, raises one entry per person per state — its assignee (or, unassigned, its
 * department's clerks) and the department's managers. The dedupe key holds the case, its due
 * date and the state, so a second sweep on the same day adds nothing, and an extension (a new due
 * date) may warn again. A paused clock is neither due soon nor overdue.
 */
import { listOpenCasesDueBy, type CaseAlertFacts } from '../../cases/index.js';
import { listActiveStaff } from '../../auth/list-active-staff.js';
import { addWorkingDays, type CalendarDate } from '../../deadlines/calendar.js';
import { newId } from '../../ids.js';
import type { StaffNotificationDeps } from './deps.js';
import { insertStaffNotifications, type NewStaffNotification } from './staff-notification.repository.js';
import { AT_RISK_WORKING_DAYS, caseWorkers, departmentManagers, sweepDedupeKey, sweepStateOf, tellable, type SweepState } from './staff-notification.js';

export interface CaseAtRisk {
  kase: CaseAlertFacts & { dueOn: string };
  state: SweepState;
}

/** Open, running cases due soon or overdue on `today`, overdue first. */
export async function findCasesAtRisk(deps: Pick<StaffNotificationDeps, 'db'>, today: CalendarDate): Promise<CaseAtRisk[]> {
  const cases = await listOpenCasesDueBy(deps.db, addWorkingDays(today, AT_RISK_WORKING_DAYS));
  const found = cases.flatMap((kase) => {
    const state = kase.dueOn && kase.clockPausedOn === null ? sweepStateOf(kase.dueOn, today) : null;
    return state ? [{ kase: { ...kase, dueOn: kase.dueOn! }, state }] : [];
  });
  return [...found.filter((c) => c.state === 'overdue'), ...found.filter((c) => c.state === 'due_soon')];
}

export async function sweepDeadlines(deps: StaffNotificationDeps, today: CalendarDate): Promise<{ cases: CaseAtRisk[]; raised: number }> {
  const cases = await findCasesAtRisk(deps, today);
  const staff = await listActiveStaff(deps.db);
  const at = deps.clock.now().toISOString();
  const rows: NewStaffNotification[] = cases.flatMap(({ kase, state }) =>
    tellable([...caseWorkers(staff, kase, false), ...departmentManagers(staff, kase.departmentId)], kase, null).map((u) => ({
      id: newId(), dedupeKey: sweepDedupeKey(state, kase.id, kase.dueOn, u.id), userId: u.id, caseId: kase.id, kind: state,
      data: { caseNumber: kase.number, subject: kase.subject, actorName: null, dueOn: kase.dueOn }, createdAt: at,
    })),
  );
  return { cases, raised: await insertStaffNotifications(deps.db, rows) };
}

