import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import type { DayOption } from './booking-view';
import { formatVisitDay } from './visit-format';

/**
 * The day, as a plain form (the chosen day's free times come with the answer): each day says how many
 * free times it has; a day without any cannot be chosen. `children` carries the earlier steps' answers
 * as hidden fields: GET on the booking pages, POST where the resident's code must stay out of the address.
 */
export function DayPicker({
  days,
  date,
  lang,
  method = 'get',
  children,
}: {
  days: DayOption[];
  date: string | null;
  lang: Lang;
  method?: 'get' | 'post';
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  if (!days.some((d) => d.free > 0)) return <p className="notice">{t('visits.noDays')}</p>;
  return (
    <Form method={method} className="day-picker" preventScrollReset>
      {children}
      <div className="field">
        <label htmlFor="f-date">{t('visits.field.day')}</label>
        <select id="f-date" name="date" defaultValue={date ?? undefined} key={date}>
          {days.map((d) => (
            <option key={d.date} value={d.date} disabled={d.free === 0}>
              {d.free === 0
                ? t('visits.dayClosed', { date: formatVisitDay(d.date, lang) })
                : t('visits.dayOption', { date: formatVisitDay(d.date, lang), count: d.free })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button secondary" data-testid="show-times">
        {t('visits.showTimes')}
      </button>
    </Form>
  );
}

/** The answers of the earlier steps, as hidden fields of a GET form. */
export function Keep({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
