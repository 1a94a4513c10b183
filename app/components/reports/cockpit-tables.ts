/**
 * The cockpit's tables as headers and rows of cells: the page shows them and the exports write the
 * very same cells (app/routes/staff.reports_.$file.tsx). Pure; types only from the server.
 */
import type { TFunction } from 'i18next';
import type { Cockpit, CockpitRow, FlowRow } from '../../../server/reports/index';

export const COCKPIT_TABLES = ['by-department', 'by-clerk', 'by-channel', 'by-language', 'weekly'] as const;
export type CockpitTableId = (typeof COCKPIT_TABLES)[number];

export type CellValue = string | number | null;

export interface CockpitTable {
  id: CockpitTableId;
  caption: string;
  headers: string[];
  /** The first cell of each row is its name (a row header). */
  rows: CellValue[][];
}

export interface Names {
  department: (id: string) => string;
  clerk: (id: string) => string;
}

export function cockpitTables(cockpit: Cockpit, t: TFunction, names: Names): CockpitTable[] {
  const figures = [
    t('reports.col.open'), t('reports.col.overdue'), t('reports.col.dueSoon'), t('reports.col.extended'), t('reports.col.awaiting'),
    t('reports.col.forwarded'), t('reports.col.answered'), t('reports.col.median'), t('reports.col.p90'), t('reports.col.onTime'),
  ];
  const cells = (r: CockpitRow): CellValue[] => [r.open, r.overdue, r.dueSoon, r.extended, r.awaiting, r.forwarded, r.answered, r.medianDays, r.p90Days, r.onTimeShare];
  const flow = (rows: FlowRow[], name: (key: string) => string): CellValue[][] => rows.map((r) => [name(r.key), r.received, r.answered, r.onTimeShare]);
  const flowHeaders = [t('reports.col.received'), t('reports.col.answered'), t('reports.col.onTime')];
  return [
    {
      id: 'by-department',
      caption: t('reports.table.byDepartment'),
      headers: [t('reports.col.department'), t('reports.col.received'), ...figures],
      rows: cockpit.departments.map((r) => [names.department(r.key), r.received ?? 0, ...cells(r)]),
    },
    {
      id: 'by-clerk',
      caption: t('reports.table.byClerk'),
      headers: [t('reports.col.clerk'), t('reports.col.department'), ...figures],
      rows: cockpit.clerks.map((r) => [names.clerk(r.key), names.department(r.departmentId), ...cells(r)]),
    },
    {
      id: 'by-channel',
      caption: t('reports.table.byChannel'),
      headers: [t('reports.col.channel'), ...flowHeaders],
      rows: flow(cockpit.channels, (k) => t(`channel.${k}`)),
    },
    {
      id: 'by-language',
      caption: t('reports.table.byLanguage'),
      headers: [t('reports.col.language'), ...flowHeaders],
      rows: flow(cockpit.languages, (k) => (k ? t(`language.${k}`, { defaultValue: k }) : t('reports.unknownLanguage'))),
    },
    {
      id: 'weekly',
      caption: t('reports.table.weekly'),
      headers: [t('reports.col.week'), t('reports.col.weekStart'), t('reports.col.received'), t('reports.col.answered')],
      rows: cockpit.weekly.map((w) => [w.label, w.week, w.received, w.answered]),
    },
  ];
}
