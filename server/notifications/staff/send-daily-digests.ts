/**
 * After the sweep, one e-mail per person with something to say, in their own language: a clerk's
 * cases (assigned to them, or unassigned in their department) that are overdue or due soon; a
 * manager's, per department they answer for. Stored in the outbox under 'digest:<userId>:<date>'
 * and sent by the send-notification job, so a second run on the same day sends nothing.
 */
import { listActiveStaff } from '../../auth/list-active-staff.js';
import { managesDepartment, type User } from '../../auth/user.js';
import type { CalendarDate } from '../../deadlines/calendar.js';
import type { Department } from '../../departments/department.js';
import { listDepartments } from '../../departments/list-departments.js';
import { inTransaction } from '../../db/transaction.js';
import { queueNotification } from '../queue-notification.js';
import type { StaffNotificationDeps } from './deps.js';
import { digestLine, fillDigest, type DigestText } from './digest-text.js';
import { caseWorkers } from './staff-notification.js';
import type { CaseAtRisk } from './sweep-deadlines.js';
import type { Lang } from '../../languages.js';

export interface DigestDeps extends StaffNotificationDeps {
  digestTexts: () => Readonly<Record<Lang, DigestText>>;
  /** Where the desk is reached (the link in the e-mail); relative when none is configured. */
  publicUrl?: string;
}

export function digestDedupeKey(userId: string, date: CalendarDate): string {
  return `digest:${userId}:${date}`;
}

/** The cases a person hears of in their digest: none for an admin or the registry, who are told nothing unasked. */
function casesFor(user: User, staff: readonly User[], atRisk: readonly CaseAtRisk[]): CaseAtRisk[] {
  if (user.role === 'manager') return atRisk.filter((c) => managesDepartment(user, c.kase.departmentId));
  if (user.role === 'clerk') return atRisk.filter((c) => caseWorkers(staff, c.kase, false).some((u) => u.id === user.id));
  return [];
}

export async function sendDailyDigests(deps: DigestDeps, today: CalendarDate, atRisk: readonly CaseAtRisk[]): Promise<number> {
  if (atRisk.length === 0) return 0;
  const staff = await listActiveStaff(deps.db);
  const departments = new Map<string, Department>((await listDepartments(deps)).map((d) => [d.id, d]));
  const texts = deps.digestTexts();
  const link = `${(deps.publicUrl ?? '').replace(/\/+$/, '')}/staff/notifications`;
  let queued = 0;
  for (const user of staff) {
    const mine = casesFor(user, staff, atRisk);
    if (mine.length === 0) continue;
    const department = (id: string | null) => (user.role === 'manager' && id ? departments.get(id)?.names[user.locale] ?? id : undefined);
    const lines = (state: CaseAtRisk['state']) => {
      const rows = mine.filter((c) => c.state === state);
      // A manager reads theirs per department.
      if (user.role === 'manager') rows.sort((a, b) => String(department(a.kase.departmentId)).localeCompare(String(department(b.kase.departmentId)), user.locale));
      return rows.length ? rows.map((c) => digestLine(c.kase, department(c.kase.departmentId))).join('\n') : '—';
    };
    const count = (state: CaseAtRisk['state']) => String(mine.filter((c) => c.state === state).length);
    const text = fillDigest(texts[user.locale], {
      date: today, name: user.name, link,
      overdueCount: count('overdue'), dueSoonCount: count('due_soon'), overdue: lines('overdue'), dueSoon: lines('due_soon'),
    });
    const result = await inTransaction(deps.db, (trx) =>
      queueNotification(trx, deps, {
        dedupeKey: digestDedupeKey(user.id, today), audience: 'staff', kind: 'staff_digest', language: user.locale,
        subject: text.subject, bodyText: text.body, recipient: user.email, userId: user.id,
      }),
    );
    if (result.created) queued++;
  }
  return queued;
}
