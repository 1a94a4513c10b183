import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../CsrfInput';
import { Field } from '../Field';
import { PersonFields } from './PersonFields';

/** A resident at the counter without a booking: the next free time of the matter here, today. */
export function WalkInForm({ pointId, services, freeLeft }: { pointId: string; services: { slug: string; name: string }[]; freeLeft: number }) {
  const { t } = useTranslation();
  if (services.length === 0) return null;
  return (
    <section className="panel walk-in" aria-labelledby="walk-in-heading">
      <h2 id="walk-in-heading">{t('visits.day.walkIn')}</h2>
      <p className="hint">
        {t('visits.day.walkInIntro')} {t('visits.day.freeLeft', { count: freeLeft })}
      </p>
      <Form method="post" className="form">
        <CsrfInput />
        <input type="hidden" name="intent" value="walkIn" />
        <input type="hidden" name="point" value={pointId} />
        <Field name="service" label={t('visits.field.service')} required>
          {(p) => (
            <select {...p}>
              {services.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PersonFields legend={t('visits.book.stepPerson')} values={{}} errors={{}} withLanguage={{ default: 'lt' }} autoComplete={false} />
        <button type="submit" className="button" data-testid="walk-in-book">
          {t('visits.day.walkInBook')}
        </button>
      </Form>
    </section>
  );
}
