/**
 * The 1664 line's booking screen, used during a call and so made for the keyboard: the matter → the
 * remote way first ("done remotely" is recorded, or the reason a visit is needed) → a day and a free
 * time → the resident → the reference and code, large, to read out. Every step is a plain form (GET
 * for the choices, POST for what is recorded); each step's heading takes the focus when it is shown.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
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
import { PhoneRemoteChoices, REMOTE_ALTERNATIVES } from '../components/visits/PhoneRemoteChoices';
import { RemoteAlternative } from '../components/visits/RemoteAlternative';
import { ServiceChoice } from '../components/visits/ServiceChoice';
import { SlotPicker } from '../components/visits/SlotPicker';
import { StepHeading } from '../components/visits/StepHeading';
import { VisitConfirmation, type ConfirmedVisit } from '../components/visits/VisitConfirmation';
import { VisitsTabs } from '../components/visits/VisitsTabs';
import { titleFromLoader } from '../meta';
import visitStyles from '../styles/visits.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: visitStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const t = await translator(user.locale);
  // A clerk books the matters of their own department; the registry, managers and admins any.
  const view = await loadBookingView(context, new URL(request.url), user.locale, {
    offered: (s) => user.role !== 'clerk' || s.departmentId === user.departmentId,
    askWhenRemoteImpossible: true,
  });
  return {
    title: t('visits.book.title'),
    view,
    isManager: user.role === 'manager' || user.role === 'admin',
  };
}

type ActionResult =
  | { intent: 'remote'; ok: true }
  | { intent: 'book'; ok: true; visit: ConfirmedVisit }
  | {
      intent: 'book' | 'remote';
      ok: false;
      errors: Record<string, string>;
      formError: string | null;
      values: Record<string, string | undefined>;
    };

export async function action({ request, context }: ActionFunctionArgs): Promise<ActionResult> {
  const user = await requireUser(request, context);
  const formData = await readForm(request, context);
  if (formData.get('intent') === 'remote') {
    const values = formValues(formData, ['service', 'alternative', 'note']);
    const alternative = REMOTE_ALTERNATIVES.find((a) => a === values.alternative);
    if (!values.service || !alternative)
      return {
        intent: 'remote',
        ok: false,
        errors: { alternative: 'required' },
        formError: null,
        values,
      };
    try {
      await context.services.visits.recordRemoteOutcome(user, {
        serviceSlug: values.service,
        alternative,
        note: values.note?.trim().slice(0, 1000) || null,
      });
      return { intent: 'remote', ok: true };
    } catch (error) {
      return {
        intent: 'remote',
        ok: false,
        errors: {},
        formError: inlineErrorKey(error, ['invalid_input']),
        values,
      };
    }
  }
  const values = formValues(formData, BOOKING_FIELDS);
  const parsed = parseBooking(values);
  if (!parsed.ok)
    return {
      intent: 'book',
      ok: false,
      errors: parsed.errors,
      formError: null,
      values,
    };
  try {
    const booked = await context.services.visits.bookVisit(user, {
      ...parsed.data,
      channel: 'phone',
    });
    return {
      intent: 'book',
      ok: true,
      visit: await confirmedView(context, booked.visit, booked.code, user.locale),
    };
  } catch (error) {
    // Taken meanwhile, closed, not a slot, too many visits: said in the alert, the free times loaded anew.
    return {
      intent: 'book',
      ok: false,
      errors: {},
      formError: inlineErrorKey(error, ['conflict', 'invalid_input']),
      values: { ...values, slot: undefined },
    };
  }
}

export default function PhoneBooking() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { view, isManager } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const alertRef = useRef<HTMLDivElement>(null);
  const failed = result && !result.ok ? result : undefined;
  useEffect(() => {
    if (failed) alertRef.current?.focus();
  }, [failed]);
  // Each GET step is a new address: its heading takes the focus (not on the first load of the screen).
  const stepKey = location.search ? `${view.step}:${location.search}` : null;

  if (result?.ok && result.intent === 'book') {
    return (
      <>
        <VisitsTabs showReport={isManager} />
        <h1>{t('visits.book.title')}</h1>
        <VisitConfirmation visit={result.visit} title={t('visits.book.bookedTitle')} lang={lang}>
          <p className="notice">{t('visits.book.readOut')}</p>
          <p>
            <Link className="button" to="/staff/visits" reloadDocument>
              {t('visits.book.nextCall')}
            </Link>
          </p>
        </VisitConfirmation>
      </>
    );
  }
  if (result?.ok && result.intent === 'remote') {
    return (
      <>
        <VisitsTabs showReport={isManager} />
        <h1>{t('visits.book.title')}</h1>
        <section className="confirmation" aria-labelledby="remote-done">
          <StepHeading id="remote-done" focusKey="remote-done">
            {t('visits.book.doneRemotely')}
          </StepHeading>
          <p role="status">{t('visits.book.remoteRecorded')}</p>
          <Link className="button" to="/staff/visits" reloadDocument>
            {t('visits.book.nextCall')}
          </Link>
        </section>
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
      <VisitsTabs showReport={isManager} />
      <h1>{t('visits.book.title')}</h1>
      <p className="lead">{t('visits.book.intro')}</p>
      <ErrorSummary ref={alertRef} errors={fieldMessages} formError={failed?.formError ?? null} />
      {failed?.formError && failed.intent === 'book' ? (
        <p className="notice" role="status">
          {t('visits.book.slotRefreshed')}
        </p>
      ) : null}

      <ServiceChoice
        view={view}
        headingKey="visits.book.stepService"
        hintKey="visits.book.serviceHint"
        emptyKey="visits.book.noServices"
        changeTo="/staff/visits"
        focusKey={view.step === 'service' ? stepKey : null}
      />

      {service && view.step !== 'service' ? (
        <section className="panel visit-step" aria-labelledby="step-remote">
          <StepHeading id="step-remote" focusKey={view.step === 'remote' ? stepKey : null}>
            {t('visits.book.stepRemote')}
          </StepHeading>
          <RemoteAlternative service={service} lang={lang} possibleKey="visits.book.remotePossible" notPossibleKey="visits.book.remoteNotPossible" />
          {view.step === 'remote' ? (
            <PhoneRemoteChoices service={service} why={view.why} whyMissing={view.whyMissing} />
          ) : view.why ? (
            <GivenReason serviceSlug={service.slug} why={view.why} />
          ) : null}
        </section>
      ) : null}

      {service && view.step === 'slot' ? (
        <section className="panel visit-step" aria-labelledby="step-day">
          <StepHeading id="step-day" focusKey={stepKey}>
            {t('visits.book.stepDay')}
          </StepHeading>
          <DayPicker days={view.days} date={view.date} lang={lang}>
            <Keep values={{ service: service.slug, need: '1', why: view.why }} />
          </DayPicker>
          <Form method="post" className="form" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="book" />
            <input type="hidden" name="service" value={service.slug} />
            <input type="hidden" name="why" value={view.why} />
            <SlotPicker groups={view.slots} legend={t('visits.slotsLegend')} error={fieldMessages.slot} />
            {view.slots.length > 0 ? (
              <>
                <PersonFields legend={t('visits.book.stepPerson')} values={values} errors={errors} withLanguage={{ default: 'lt' }} autoComplete={false} />
                <button type="submit" className="button" data-testid="book-visit">
                  {t('visits.book.confirm')}
                </button>
              </>
            ) : null}
          </Form>
        </section>
      ) : null}
    </div>
  );
}
