import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Field } from '../Field';
import type { BookingView } from './booking-view';
import { StepHeading } from './StepHeading';

/**
 * The first step: the matter, from a select grouped by department (typing its first letters finds it,
 * as in any select). Once chosen, the step shows the matter with a link to choose again.
 */
export function ServiceChoice({
  view,
  headingKey,
  hintKey,
  emptyKey,
  changeTo,
  focusKey,
}: {
  view: BookingView;
  headingKey: string;
  hintKey: string;
  emptyKey: string;
  changeTo: string;
  focusKey: string | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel visit-step" aria-labelledby="step-service">
      <StepHeading id="step-service" focusKey={focusKey}>
        {t(headingKey)}
      </StepHeading>
      {view.step !== 'service' && view.service ? (
        <>
          <p className="chosen-service">
            <strong data-testid="chosen-service">{view.service.name}</strong> <Link to={changeTo}>{t('visits.change')}</Link>
          </p>
          <p className="hint">{view.service.description}</p>
        </>
      ) : view.groups.length === 0 ? (
        <p className="notice">{t(emptyKey)}</p>
      ) : (
        <Form method="get" className="form">
          <Field name="service" label={t('visits.field.service')} hint={t(hintKey)} required>
            {(p) => (
              <select {...p} defaultValue={view.groups[0]?.services[0]?.slug}>
                {view.groups.map((g) => (
                  <optgroup key={g.department} label={g.department}>
                    {g.services.map((s) => (
                      <option key={s.slug} value={s.slug}>
                        {s.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" data-testid="choose-service">
            {t('visits.continue')}
          </button>
        </Form>
      )}
    </section>
  );
}
