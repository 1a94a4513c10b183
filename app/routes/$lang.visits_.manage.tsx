/**
 * The resident's own visit, by its reference and code: shown, cancelled (after a second "yes") or
 * moved to another free time. Every step posts the pair again (the page keeps it in its forms, never
 * in an address), and every check of it goes through the throttle.
 */
import { data, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useParams } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import type { Visit } from '../../server/visits/visit';
import { inlineErrorKey } from '../.server/errors.server';
import { formValues, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { isDomainErrorOf } from '../.server/status-page.server';
import { CsrfInput } from '../components/CsrfInput';
import { Field } from '../components/Field';
import { formatWait } from '../components/status/format-wait';
import { parseSlotValue } from '../components/visits/booking-view';
import { confirmedView, slotGroups, todayOf } from '../components/visits/booking.server';
import { ManagedVisit, type ManageView } from '../components/visits/ManagedVisit';
import { throttledResidentAccess } from '../components/visits/resident-throttle.server';
import { titleFromLoader } from '../meta';
import visitStyles from '../styles/visits.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: visitStyles }];
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After');
  return { 'Cache-Control': 'private, no-store', ...(retryAfter ? { 'Retry-After': retryAfter } : {}) };
};

export async function loader({ params }: LoaderFunctionArgs) {
  const t = await translator(params.lang as Lang);
  return { title: t('visits.manage.title') };
}

type LookupFailure = { stage: 'lookup'; error: string; retryAfter?: number; reference: string };
export type ManageResult = LookupFailure | ManageView;

const DAYS_AHEAD = 21;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = params.lang as Lang;
  const formData = await readForm(request, context);
  const values = formValues(formData, ['intent', 'reference', 'code', 'date', 'slot']);
  const reference = (values.reference ?? '').trim().toUpperCase().slice(0, 40);
  const code = (values.code ?? '').replace(/\s+/g, '').slice(0, 12);
  if (!reference || !code) return data<ManageResult>({ stage: 'lookup', error: 'visits.manage.fillBoth', reference }, { status: 400 });
  const intent = values.intent ?? 'find';
  // What the throttled work did, beside the visit it returns.
  const outcome: { done: ManageView['done']; formError: string | null } = { done: null, formError: null };

  // A change the visit refuses (taken meanwhile, closed, already cancelled) is said above the visit, shown anew.
  const attempt = async (change: () => Promise<Visit>, done: 'cancelled' | 'moved') => {
    try {
      const changed = await change();
      outcome.done = done;
      return changed;
    } catch (error) {
      // A wrong pair is the throttle's failure to count.
      if (isDomainErrorOf(error, 'not_found')) throw error;
      outcome.formError = inlineErrorKey(error, ['conflict', 'invalid_input', 'illegal_transition']);
      return null;
    }
  };
  const access = await throttledResidentAccess(context, reference, async () => {
    const v = context.services.visits;
    if (intent === 'cancel') return (await attempt(() => v.cancelVisitByResident(reference, code), 'cancelled')) ?? v.findVisitForResident(reference, code);
    if (intent === 'move') {
      const to = parseSlotValue(values.slot ?? '');
      if (!to) outcome.formError = 'form.error.required';
      else return (await attempt(() => v.moveVisitByResident(reference, code, to), 'moved')) ?? v.findVisitForResident(reference, code);
    }
    return v.findVisitForResident(reference, code);
  });
  if (!access.ok) {
    if (access.retryAfter !== null) {
      return data<ManageResult>(
        { stage: 'lookup', error: 'visits.manage.slowDown', retryAfter: access.retryAfter, reference },
        { status: 429, headers: { 'Retry-After': String(access.retryAfter) } }
      );
    }
    return data<ManageResult>({ stage: 'lookup', error: 'visits.manage.noMatch', reference });
  }
  const visit = access.value;
  const canChange = visit.status === 'booked';
  const moving = canChange && (intent === 'showMove' || intent === 'move') && outcome.done === null;
  let days: ManageView['days'] = [];
  let date: string | null = null;
  let slots: ManageView['slots'] = [];
  if (moving) {
    days = await context.services.visits.freeDays(visit.serviceSlug, todayOf(context), DAYS_AHEAD);
    date = days.find((d) => d.date === values.date)?.date ?? days.find((d) => d.free > 0)?.date ?? null;
    slots = date ? await slotGroups(context, await context.services.visits.freeSlots(visit.serviceSlug, date), lang) : [];
  }
  return data<ManageResult>({
    stage: 'visit',
    reference,
    code,
    visit: { ...(await confirmedView(context, visit, null, lang)), status: visit.status },
    canChange,
    confirmCancel: canChange && intent === 'askCancel',
    moving,
    days,
    date,
    slots,
    done: outcome.done,
    formError: outcome.formError === 'form.error.required' ? null : outcome.formError,
    slotMissing: outcome.formError === 'form.error.required',
  });
}

export default function ManageVisitPage() {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const result = useActionData<typeof action>() as ManageResult | undefined;
  const errorRef = useRef<HTMLDivElement>(null);
  const failed = result?.stage === 'lookup' ? result : undefined;
  useEffect(() => {
    if (failed) errorRef.current?.focus();
  }, [failed]);

  if (result?.stage === 'visit') return <ManagedVisit view={result} lang={lang} />;

  return (
    <>
      <h1>{t('visits.manage.title')}</h1>
      <p className="lead">{t('visits.manage.intro')}</p>
      {failed ? (
        <div className="error-summary" role="alert" ref={errorRef} tabIndex={-1} data-testid="manage-error">
          <p>{failed.retryAfter ? t(failed.error, { wait: formatWait(failed.retryAfter, lang) }) : t(failed.error)}</p>
        </div>
      ) : null}
      <Form method="post" className="form narrow">
        <CsrfInput />
        <input type="hidden" name="intent" value="find" />
        <Field name="reference" label={t('visits.field.reference')} hint={t('visits.manage.referenceHint')} required>
          {(p) => <input {...p} type="text" autoComplete="off" spellCheck={false} defaultValue={failed?.reference} />}
        </Field>
        <Field name="code" label={t('visits.field.code')} hint={t('visits.manage.codeHint')} required>
          {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} />}
        </Field>
        <button type="submit" className="button" data-testid="find-visit">
          {t('visits.manage.find')}
        </button>
      </Form>
    </>
  );
}
