import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { cockpitQueryString } from '../.server/export.server';
import { loadCockpitTables } from '../components/reports/load-cockpit.server';
import { barChartSvg, lineChartSvg } from '../components/reports/chart-svg.server';
import { ReportChart, ReportTable } from '../components/reports/ReportTable';
import { titleFromLoader } from '../meta';
import reportStyles from '../styles/reports.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { t, cockpit, tables, departments } = await loadCockpitTables(request, context);
  const byDept = tables.find((x) => x.id === 'by-department')!;
  return {
    title: t('reports.title'),
    query: cockpit.query,
    queryString: cockpitQueryString(cockpit.query),
    locked: cockpit.lockedDepartment,
    weeks: cockpit.weeks,
    total: cockpit.total,
    departments,
    tables,
    charts: {
      weekly: lineChartSvg(cockpit.weekly.map((w) => ({ label: w.label.slice(5), a: w.received, b: w.answered }))),
      answerTimes: barChartSvg(
        cockpit.departments
          .map((d, i) => ({ d, label: String(byDept.rows[i]?.[0] ?? d.key).slice(0, 14) }))
          .filter(({ d }) => d.answered > 0)
          .map(({ d, label }) => ({ label, a: d.medianDays ?? 0, b: d.p90Days ?? 0 })),
      ),
      channels: barChartSvg(cockpit.channels.map((c) => ({ label: t(`channel.${c.key}`), a: c.received }))),
    },
  };
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const table = (id: string) => data.tables.find((x) => x.id === id)!;
  const { total } = data;
  return (
    <div className="reports">
      <h1>{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro', { from: data.weeks.from, to: data.weeks.to })}</p>
      <Form method="get" className="report-filter" aria-labelledby="report-filter-heading">
        <h2 id="report-filter-heading" className="visually-hidden">
          {t('reports.filter')}
        </h2>
        <label>
          {t('reports.from')}
          <input type="date" name="from" defaultValue={data.query.from} />
        </label>
        <label>
          {t('reports.to')}
          <input type="date" name="to" defaultValue={data.query.to} />
        </label>
        {data.locked ? null : (
          <label>
            {t('reports.col.department')}
            <select name="department" defaultValue={data.query.department ?? ''}>
              <option value="">{t('reports.allDepartments')}</option>
              {data.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
              <option value="none">{t('reports.triage')}</option>
            </select>
          </label>
        )}
        <button type="submit">{t('reports.show')}</button>
      </Form>

      <section aria-labelledby="report-summary" className="panel">
        <h2 id="report-summary">{t('reports.summary')}</h2>
        <dl className="report-figures">
          {([
            ['open', total.open], ['overdue', total.overdue], ['dueSoon', total.dueSoon], ['extended', total.extended], ['awaiting', total.awaiting],
            ['forwarded', total.forwarded], ['received', total.received], ['answered', total.answered],
            ['median', total.medianDays ?? '—'], ['p90', total.p90Days ?? '—'], ['onTime', total.onTimeShare === null ? '—' : `${total.onTimeShare} %`],
          ] as const).map(([key, value]) => (
            <div key={key}>
              <dt>{t(`reports.col.${key}`)}</dt>
              <dd data-testid={`figure-${key}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="report-departments" className="panel">
        <h2 id="report-departments">{t('reports.table.byDepartment')}</h2>
        <ReportChart svg={data.charts.answerTimes} label={t('reports.chart.answerTimes')} legend={[{ name: t('reports.col.median'), key: 'first' }, { name: t('reports.col.p90'), key: 'second' }]} />
        <ReportTable table={table('by-department')} query={data.queryString} hideCaption />
      </section>

      <section aria-labelledby="report-clerks" className="panel">
        <h2 id="report-clerks">{t('reports.table.byClerk')}</h2>
        <ReportTable table={table('by-clerk')} query={data.queryString} hideCaption />
      </section>

      <section aria-labelledby="report-weekly" className="panel">
        <h2 id="report-weekly">{t('reports.table.weekly')}</h2>
        <ReportChart svg={data.charts.weekly} label={t('reports.chart.weekly')} legend={[{ name: t('reports.col.received'), key: 'first' }, { name: t('reports.col.answered'), key: 'second' }]} />
        <ReportTable table={table('weekly')} query={data.queryString} hideCaption />
      </section>

      <section aria-labelledby="report-channels" className="panel">
        <h2 id="report-channels">{t('reports.table.byChannel')}</h2>
        <ReportChart svg={data.charts.channels} label={t('reports.chart.channels')} legend={[]} />
        <ReportTable table={table('by-channel')} query={data.queryString} hideCaption />
      </section>

      <section aria-labelledby="report-languages" className="panel">
        <h2 id="report-languages">{t('reports.table.byLanguage')}</h2>
        <ReportTable table={table('by-language')} query={data.queryString} hideCaption />
      </section>
    </div>
  );
}
