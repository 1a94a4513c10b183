import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../CsrfInput';
import { Field } from '../Field';
import type { ServiceView } from './booking-view';

export const REMOTE_ALTERNATIVES = ['e_service', 'petition_form', 'email', 'post', 'phone'] as const;

/**
 * The phone line's two ways out of the remote question: "done remotely" (recorded with the way used,
 * for the managers' count) or "a visit is needed", with the reason (required when the matter could be
 * done remotely).
 */
export function PhoneRemoteChoices({ service, why, whyMissing }: { service: ServiceView; why: string; whyMissing: boolean }) {
  const { t } = useTranslation();
  const alternatives = REMOTE_ALTERNATIVES.filter((a) =>
    a === 'e_service' ? Boolean(service.remote.eServiceUrl) : a === 'petition_form' ? service.remote.petitionForm : true
  );
  return (
    <div className="remote-choices">
      <Form method="post" className="form remote-done" aria-labelledby="remote-done-title">
        <CsrfInput />
        <input type="hidden" name="intent" value="remote" />
        <input type="hidden" name="service" value={service.slug} />
        <h3 id="remote-done-title">{t('visits.book.doneRemotely')}</h3>
        <p className="hint">{t('visits.book.doneRemotelyIntro')}</p>
        <Field name="alternative" label={t('visits.field.alternative')} required>
          {(p) => (
            <select {...p} defaultValue={alternatives[0]}>
              {alternatives.map((a) => (
                <option key={a} value={a}>
                  {t(`visits.alt.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="note" label={t('visits.field.note')}>
          {(p) => <input {...p} type="text" autoComplete="off" />}
        </Field>
        <button type="submit" className="button secondary" data-testid="record-remote">
          {t('visits.book.recordRemote')}
        </button>
      </Form>
      <Form method="get" className="form visit-needed" noValidate aria-labelledby="visit-needed-title">
        <input type="hidden" name="service" value={service.slug} />
        <input type="hidden" name="need" value="1" />
        <h3 id="visit-needed-title">{t('visits.book.visitNeeded')}</h3>
        <Field
          name="why"
          label={t('visits.field.why')}
          hint={t('visits.book.whyHint')}
          error={
            whyMissing
              ? t('form.error.required', {
                  field: t('visits.field.why'),
                })
              : undefined
          }
          required={service.remote.possible}
        >
          {(p) => <textarea {...p} rows={3} defaultValue={why} />}
        </Field>
        <button type="submit" className="button" data-testid="to-slots">
          {t('visits.book.toSlots')}
        </button>
      </Form>
    </div>
  );
}
