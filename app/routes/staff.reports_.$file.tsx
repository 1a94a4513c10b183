/** A cockpit table as a download: /staff/reports/by-department.csv, …/weekly.xlsx (the page's filter in the query). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { columnsOf, exportFormatOf, exportResponse } from '../.server/export.server';
import { COCKPIT_TABLES, type CockpitTableId } from '../components/reports/cockpit-tables';
import { loadCockpitTables } from '../components/reports/load-cockpit.server';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const file = params.file ?? '';
  const format = exportFormatOf(file);
  const id = file.replace(/\.(csv|xlsx)$/, '') as CockpitTableId;
  const { tables, cockpit } = await loadCockpitTables(request, context);
  if (!format || !COCKPIT_TABLES.includes(id)) throw new Response('Not found', { status: 404 });
  const table = tables.find((x) => x.id === id)!;
  const name = `${id}_${cockpit.query.from}_${cockpit.query.to}${cockpit.query.department ? `_${cockpit.query.department}` : ''}`;
  return exportResponse(format, name, columnsOf(table.headers), table.rows, { sheetName: table.caption });
}
