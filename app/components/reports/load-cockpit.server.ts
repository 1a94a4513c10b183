/** What the cockpit page and its downloads both load (server only). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../../.server/auth.server';
import { orHttpError } from '../../.server/errors.server';
import { parseCockpitQuery, vilniusDateOf } from '../../.server/export.server';
import { translator } from '../../.server/i18n.server';
import { cockpitTables } from './cockpit-tables';

export async function loadCockpitTables(request: Request, context: LoaderFunctionArgs['context']) {
  const user = await requireUser(request, context, ['manager', 'admin']);
  const today = vilniusDateOf(context.services.clock.now());
  const query = parseCockpitQuery(new URL(request.url).searchParams, today);
  const [cockpit, departments, staff] = await Promise.all([
    orHttpError(() => context.services.reports.getCockpit(user, query)),
    context.services.departments.listDepartments(),
    context.services.cases.listInboxAssignees(user),
  ]);
  const t = await translator(user.locale);
  const deptNames = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  const staffNames = new Map(staff.map((s) => [s.id, s.name]));
  const tables = cockpitTables(cockpit, t, {
    department: (id) => (id ? deptNames.get(id) ?? id : t('reports.triage')),
    clerk: (id) => (id ? staffNames.get(id) ?? t('reports.formerStaff') : t('case.unassigned')),
  });
  return { user, t, cockpit, tables, departments: departments.map((d) => ({ id: d.id, name: d.names[user.locale] })) };
}

