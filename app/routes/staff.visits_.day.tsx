/**
 * The counter's day: a service point's visits on a date, per counter, each with check-in, served
 * (with notes, which land on the linked case), no-show, and a case opened from it or linked to it;
 * and a walk-in given the next free time of today.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';
import { formValues, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { todayOf, vilniusNowLocal } from '../components/visits/booking.server';
import { CounterVisit, type DayVisit } from '../components/visits/CounterVisit';
import { VisitsTabs } from '../components/visits/VisitsTabs';
import { WalkInForm } from '../components/visits/WalkInForm';
import { readCounterAction, type CounterResult } from '../components/visits/counter-actions.server';
import { titleFromLoader } from '../meta';
import visitStyles from '../styles/visits.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: visitStyles }];

const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const lang = user.locale;
  const t = await translator(lang);
  const url = new URL(request.url);
  const [points, services] = await Promise.all([context.services.visits.listServicePoints(), context.services.visits.listBookableServices()]);
  const today = todayOf(context);
  const date = isDate(url.searchParams.get('date')) ? url.searchParams.get('date')! : today;
  // Without a choice, a clerk sees their department's first point; the others choose.
  const pointId = url.searchParams.get('point') ?? (user.role === 'clerk' ? points.find((p) => p.departmentId === user.departmentId)?.id : undefined) ?? null;
  const base = {
    title: t('visits.day.title'),
    isManager: user.role === 'manager' || user.role === 'admin',
    points: points.map((p) => ({ id: p.id, name: p.names[lang] })),
    pointId,
    date,
    isToday: date === today,
  };
  if (!pointId) return { ...base, day: null };
  const day = await orHttpError(() => context.services.visits.counterDay(user, pointId, date));
  const now = vilniusNowLocal(context);
  return {
    ...base,
    day: {
      pointName: day.servicePoint.names[lang],
      address: day.servicePoint.address,
      open: day.open,
      counters: day.counters.map((c) => ({
        counter: c.counter,
        visits: c.visits.map(
          (v): DayVisit => ({
            id: v.id,
            reference: v.reference,
            start: v.start,
            end: v.end,
            status: v.status,
            channel: v.channel,
            serviceName: v.serviceName[lang],
            person: v.person,
            whyVisit: v.whyVisit,
            caseNumber: v.caseNumber,
            notes: v.notes,
          // Nobody is missing before their time has come.
          canNoShow: v.start <= now,
          })
        ),
      })),
      freeLeft: day.freeSlots.length,
      services: services.filter((s) => s.servicePointIds.includes(day.servicePoint.id)).map((s) => ({ slug: s.slug, name: s.texts[lang].name })),
    },
  };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<CounterResult> {
  const user = await requireUser(request, context);
  const formData = await readForm(request, context);
  return readCounterAction(
    context,
    user,
    formValues(formData, ['intent', 'visitId', 'notes', 'subject', 'body', 'caseNumber', 'service', 'point', 'name', 'phone', 'email', 'language'])
  );
}

export default function CounterDay() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => messageRef.current?.focus(), [result]);
  const { day } = data;
  return (
    <div className="counter-day">
      <VisitsTabs showReport={data.isManager} />
      <h1>{t('visits.day.title')}</h1>
      <Form method="get" className="day-filter" aria-label={t('visits.day.pick')}>
        <div className="field">
          <label htmlFor="f-point">{t('visits.field.point')}</label>
          <select id="f-point" name="point" defaultValue={data.pointId ?? undefined}>
            {data.points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-date">{t('visits.field.date')}</label>
          <input id="f-date" type="date" name="date" defaultValue={data.date} />
        </div>
        <button type="submit" className="button secondary">
          {t('visits.day.show')}
        </button>
      </Form>
      {result ? (
        <div
          className={result.ok ? 'flash' : 'error-summary'}
          role={result.ok ? 'status' : 'alert'}
          ref={messageRef}
          tabIndex={-1}
          data-testid="counter-message"
        >
          <p>{t(result.key, result.params)}</p>
        </div>
      ) : null}
      {day ? (
        <>
          <h2 className="day-heading">
            {day.pointName} <span className="slot-address">{day.address}</span>
          </h2>
          <p className="muted">{day.open ? t('visits.day.hours', { opens: day.open.opens, closes: day.open.closes }) : t('visits.day.closed')}</p>
          <div className="counters">
            {day.counters.map((c) => (
              <section key={c.counter} className="counter" aria-labelledby={`counter-${c.counter}`}>
                <h3 id={`counter-${c.counter}`}>{t('visits.counter', { n: c.counter })}</h3>
                {c.visits.length === 0 ? (
                  <p className="muted">{t('visits.day.noVisits')}</p>
                ) : (
                  <ol className="visit-list">
                    {c.visits.map((v) => (
                      <CounterVisit key={v.id} visit={v} lang={lang} />
                    ))}
                  </ol>
                )}
              </section>
            ))}
          </div>
          {data.isToday && day.open && data.pointId ? <WalkInForm pointId={data.pointId} services={day.services} freeLeft={day.freeLeft} /> : null}
        </>
      ) : null}
    </div>
  );
}
