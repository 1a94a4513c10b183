/** Managers' figures on visits: per service point and week, and how the 1664 line's calls ended. */
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';
import { translator } from '../.server/i18n.server';
import { todayOf } from '../components/visits/booking.server';
import { VisitsTabs } from '../components/visits/VisitsTabs';
import { formatDate, formatNumber } from '../format';
import { titleFromLoader } from '../meta';
import visitStyles from '../styles/visits.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: visitStyles }];

const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, ['manager', 'admin']);
  const t = await translator(user.locale);
  const url = new URL(request.url);
  const today = todayOf(context);
  // By default the last four weeks and the next two (visits are booked ahead).
  const from = isDate(url.searchParams.get('from')) ? url.searchParams.get('from')! : shift(today, -28);
  const to = isDate(url.searchParams.get('to')) ? url.searchParams.get('to')! : shift(today, 14);
  const report = await orHttpError(() => context.services.visits.visitReport(user, { from, to }));
  return {
    title: t('visits.report.title'),
    from,
    to,
    points: report.points.map((p) => ({ ...p, name: p.servicePointNames[user.locale] })),
    calls: report.calls,
  };
}

export default function VisitReport() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const data = useLoaderData<typeof loader>();
  const n = (x: number) => formatNumber(x, lang);
  const pct = (x: number) => new Intl.NumberFormat(LANGUAGES[lang].intlLocale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  return (
    <div className="visit-report">
      <VisitsTabs showReport />
      <h1>{t('visits.report.title')}</h1>
      <p className="lead">{t('visits.report.intro')}</p>
      <Form method="get" className="day-filter">
        <div className="field">
          <label htmlFor="f-from">{t('visits.report.from')}</label>
          <input id="f-from" type="date" name="from" defaultValue={data.from} />
        </div>
        <div className="field">
          <label htmlFor="f-to">{t('visits.report.to')}</label>
          <input id="f-to" type="date" name="to" defaultValue={data.to} />
        </div>
        <button type="submit" className="button secondary">
          {t('visits.report.show')}
        </button>
      </Form>
      <div className="table-wrap" role="region" aria-labelledby="points-caption" tabIndex={0}>
        <table data-testid="points-table">
          <caption id="points-caption">{t('visits.report.pointsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('visits.report.point')}</th>
              <th scope="col">{t('visits.report.week')}</th>
              <th scope="col">{t('visits.report.bookings')}</th>
              <th scope="col">{t('visits.report.served')}</th>
              <th scope="col">{t('visits.report.noShows')}</th>
              <th scope="col">{t('visits.report.cancelled')}</th>
              <th scope="col">{t('visits.report.bookedSlots')}</th>
              <th scope="col">{t('visits.report.openSlots')}</th>
              <th scope="col">{t('visits.report.utilisation')}</th>
            </tr>
          </thead>
          <tbody>
            {data.points.length === 0 ? (
              <tr>
                <td colSpan={9} className="muted">
                  {t('visits.report.empty')}
                </td>
              </tr>
            ) : (
              data.points.map((p) => (
                <tr key={`${p.servicePointId}:${p.week}`}>
                  <th scope="row">{p.name}</th>
                  <td>{formatDate(p.week, lang)}</td>
                  <td className="num">{n(p.bookings)}</td>
                  <td className="num">{n(p.served)}</td>
                  <td className="num">{n(p.noShows)}</td>
                  <td className="num">{n(p.cancelled)}</td>
                  <td className="num">{n(p.bookedSlots)}</td>
                  <td className="num">{n(p.openSlots)}</td>
                  <td className="num">{pct(p.utilisation)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="table-wrap" role="region" aria-labelledby="calls-caption" tabIndex={0}>
        <table data-testid="calls-table">
          <caption id="calls-caption">{t('visits.report.callsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('visits.report.week')}</th>
              <th scope="col">{t('visits.report.doneRemotely')}</th>
              <th scope="col">{t('visits.report.booked')}</th>
            </tr>
          </thead>
          <tbody>
            {data.calls.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted">
                  {t('visits.report.empty')}
                </td>
              </tr>
            ) : (
              data.calls.map((c) => (
                <tr key={c.week}>
                  <th scope="row">{formatDate(c.week, lang)}</th>
                  <td className="num">{n(c.doneRemotely)}</td>
                  <td className="num">{n(c.booked)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
