/**
 * The resident books a visit: the matter → the remote way first (a matter that can be done without a
 * visit goes on only with "I still need to come" and a reason) → a day and a free time → their details
 * → the reference and code (and, with an e-mail address, a confirmation with a calendar file).
 */
import type { ActionFunctionArgs, HeadersFunction, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation, useParams } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import { inlineErrorKey } from '../.server/errors.server';
import { formValues, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { BOOKING_FIELDS, confirmedView, loadBookingView, parseBooking } from '../components/visits/booking.server';
import { DayPicker, Keep } from '../components/visits/DayPicker';
import { GivenReason } from '../components/visits/GivenReason';
import { PersonFields } from '../components/visits/PersonFields';
import { RemoteAlternative } from '../components/visits/RemoteAlternative';
import { ServiceChoice } from '../components/visits/ServiceChoice';
import { SlotPicker } from '../components/visits/SlotPicker';
import { StepHeading } from '../components/visits/StepHeading';
import { VisitConfirmation, type ConfirmedVisit } from '../components/visits/VisitConfirmation';
import { titleFromLoader } from '../meta';
import visitStyles from '../styles/visits.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: visitStyles }];
// The reason a resident gives travels in the address of the next steps: no shared cache keeps it.
export const headers: HeadersFunction = () => ({
  'Cache-Control': 'private, no-store',
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const lang = params.lang as Lang;
  const t = await translator(lang);
  const view = await loadBookingView(context, new URL(request.url), lang, {
    offered: () => true,
    askWhenRemoteImpossible: false,
  });
  return { title: t('visits.public.title'), view };
}

type ActionResult =
  | { ok: true; visit: ConfirmedVisit; email: string | null }
  | {
      ok: false;
      errors: Record<string, string>;
      formError: string | null;
      values: Record<string, string | undefined>;
    };

export async function action({ request, params, context }: ActionFunctionArgs): Promise<ActionResult> {
  const lang = params.lang as Lang;
  const formData = await readForm(request, context);
  const values = formValues(formData, BOOKING_FIELDS);
  const parsed = parseBooking({ ...values, language: lang });
  if (!parsed.ok) return { ok: false, errors: parsed.errors, formError: null, values };
  try {
    const booked = await context.services.visits.bookVisit(null, {
      ...parsed.data,
      channel: 'web',
    });
    return {
      ok: true,
      visit: await confirmedView(context, booked.visit, booked.code, lang),
      email: booked.visit.person.email,
    };
  } catch (error) {
    return {
      ok: false,
      errors: {},
      formError: inlineErrorKey(error, ['conflict', 'invalid_input']),
      values: { ...values, slot: undefined },
    };
  }
}

export default function PublicBooking() {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const { view } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const alertRef = useRef<HTMLDivElement>(null);
  const failed = result && !result.ok ? result : undefined;
  useEffect(() => {
    if (failed) alertRef.current?.focus();
  }, [failed]);
  const stepKey = location.search ? `${view.step}:${location.search}` : null;

  if (result?.ok) {
    return (
      <>
        <h1>{t('visits.public.title')}</h1>
        <VisitConfirmation visit={result.visit} title={t('visits.public.bookedTitle')} lang={lang}>
          <p role="status">{result.email ? t('visits.public.emailSent', { email: result.email }) : t('visits.public.noEmail')}</p>
          <p className="notice">{t('visits.codeOnce')}</p>
          <p>
            <Link to={`/${lang}/visits/manage`}>{t('visits.public.manageLink')}</Link>
          </p>
        </VisitConfirmation>
      </>
    );
  }

  const service = view.service;
  const errors = failed?.errors ?? {};
  const values = failed?.values ?? {};
  const label = (f: string) => (f === 'slot' ? t('visits.when') : t(`visits.field.${f}`));
  const fieldMessages = Object.fromEntries(Object.entries(errors).map(([f, code]) => [f, t(`form.error.${code}`, { field: label(f) })]));
  return (
    <div className="visit-booking">
      <h1>{t('visits.public.title')}</h1>
      <p className="lead">{t('visits.public.intro')}</p>
      <p>
        <Link to={`/${lang}/visits/manage`}>{t('visits.public.manageLink')}</Link>
      </p>
      <ErrorSummary ref={alertRef} errors={fieldMessages} formError={failed?.formError ?? null} />

      <ServiceChoice
        view={view}
        headingKey="visits.public.stepService"
        hintKey="visits.book.serviceHint"
        emptyKey="visits.noDays"
        changeTo={`/${lang}/visits`}
        focusKey={view.step === 'service' ? stepKey : null}
      />

      {service && view.step !== 'service' && !service.remote.possible ? <p className="notice">{t('visits.public.remoteNotPossible')}</p> : null}
      {service && view.step !== 'service' && service.remote.possible ? (
        <section className="panel visit-step" aria-labelledby="step-remote">
          <StepHeading id="step-remote" focusKey={view.step === 'remote' ? stepKey : null}>
            {t('visits.public.stepRemote')}
          </StepHeading>
          <RemoteAlternative service={service} lang={lang} possibleKey="visits.public.remotePossible" notPossibleKey="visits.public.remoteNotPossible" />
          {view.step === 'remote' ? (
            <Form method="get" className="form visit-needed" noValidate>
              <input type="hidden" name="service" value={service.slug} />
              <input type="hidden" name="need" value="1" />
              <Field
                name="why"
                label={t('visits.field.why')}
                hint={t('visits.public.whyHint')}
                error={view.whyMissing ? t('form.error.required', { field: t('visits.field.why') }) : undefined}
                required
              >
                {(p) => <textarea {...p} rows={3} defaultValue={view.why} />}
              </Field>
              <button type="submit" className="button secondary" data-testid="to-slots">
                {t('visits.public.stillCome')}
              </button>
            </Form>
          ) : view.why ? (
            <GivenReason serviceSlug={service.slug} why={view.why} />
          ) : null}
        </section>
      ) : null}

      {service && view.step === 'slot' ? (
        <section className="panel visit-step" aria-labelledby="step-day">
          <StepHeading id="step-day" focusKey={stepKey}>
            {t('visits.public.stepDay')}
          </StepHeading>
          <DayPicker days={view.days} date={view.date} lang={lang}>
            <Keep values={{ service: service.slug, need: '1', why: view.why }} />
          </DayPicker>
          <Form method="post" className="form" noValidate>
            <CsrfInput />
            <input type="hidden" name="service" value={service.slug} />
            <input type="hidden" name="why" value={view.why} />
            <SlotPicker groups={view.slots} legend={t('visits.slotsLegend')} error={fieldMessages.slot} />
            {view.slots.length > 0 ? (
              <>
                <PersonFields legend={t('visits.public.stepPerson')} values={values} errors={errors} autoComplete />
                <button type="submit" className="button" data-testid="book-visit">
                  {t('visits.public.confirm')}
                </button>
              </>
            ) : null}
          </Form>
        </section>
      ) : null}
    </div>
  );
}
