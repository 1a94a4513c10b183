/**
 * Every case of the deadlines overview (overdue, due soon, paused; by due date) as a download:
 * /staff/deadlines.csv and /staff/deadlines.xlsx (the same loader), optionally ?department=<id>|none.
 * Streamed from the database in keyset batches: no row cap.
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import type { DeadlineGroup, InboxItem } from '../../server/cases/index';
import { requireUser } from '../.server/auth.server';
import { exportFormatOf, exportResponse, type ExportColumn } from '../.server/export.server';
import { translator } from '../.server/i18n.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, ['manager', 'admin']);
  const url = new URL(request.url);
  const format = exportFormatOf(url.pathname) ?? 'csv';
  const department = url.searchParams.get('department');
  const departmentId = department === null || !/^[A-Za-z0-9_-]{1,64}$/.test(department) ? undefined : department === 'none' ? null : department;
  const [departments, t] = await Promise.all([context.services.departments.listDepartments(), translator(user.locale)]);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  type Row = InboxItem & { group: DeadlineGroup };
  const groupLabel = { overdue: t('deadlines.overdue'), 'due-soon': t('deadlines.dueSoon'), paused: t('clock.pausedCases') } as Record<DeadlineGroup, string>;
  const columns: ExportColumn<Row>[] = [
    { header: t('case.department'), value: (r) => (r.departmentId ? names.get(r.departmentId) ?? r.departmentId : t('inbox.triage')), width: 28 },
    { header: t('reports.deadlines.group'), value: (r) => groupLabel[r.group], width: 22 },
    { header: t('reports.deadlines.number'), value: (r) => r.number, width: 18 },
    { header: t('reports.deadlines.subject'), value: (r) => r.subject, width: 50 },
    { header: t('reports.deadlines.status'), value: (r) => t(`status.${r.status}`), width: 18 },
    { header: t('reports.col.clerk'), value: (r) => r.assigneeName ?? t('case.unassigned'), width: 24 },
    { header: t('reports.deadlines.dueOn'), value: (r) => r.dueOn, width: 12 },
    { header: t('reports.deadlines.workingDaysLeft'), value: (r) => r.deadline?.workingDaysLeft ?? null, width: 12 },
  ];
  const rows = context.services.cases.streamDeadlineCases(user, departmentId === undefined ? {} : { departmentId });
  return exportResponse(format, `deadlines_${department ?? 'all'}`, columns, rows, { sheetName: t('deadlines.title') });
}
