/**
 * The resident's status page, both ways. Reached with the number and code (a throttled lookup that
 * never keeps the right code out), or with the signed link of an e-mail (`?t=`): either grants this
 * browser the case for an hour (track-access.server.ts), and the page then shows what the desk is
 * waiting for, the status, the due date, the public timeline and the replies, and lets the resident
 * write and send documents through the intake pipeline. The code never goes in a URL.
 */
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useParams } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import type { PublicCaseView } from '../../server/cases/index';
import { statusPageMessageSchema, trackingLookupSchema } from '../.server/domain';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { formValues, parseFields, readForm, readMultipartForm, uploadedFiles } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { grantCaseAccess, grantCaseAccessByLink, grantedCaseNumber } from '../.server/track-access.server';
import { isDomainErrorOf, retryAfterOf } from '../.server/status-page.server';
import { AwaitingInformation } from '../components/status/AwaitingInformation';
import { CaseStatusView } from '../components/status/CaseStatusView';
import { FollowUpForm, MessageSent, NoMoreMessages, type FollowUpResult } from '../components/status/FollowUpForm';
import { LookupForm, type LookupResult } from '../components/status/LookupForm';
import { titleFromLoader } from '../meta';
import statusStyles from '../styles/status.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: statusStyles }];
// A case's page is this browser's alone: never kept by a shared cache.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After');
  return { 'Cache-Control': 'private, no-store', ...(retryAfter ? { 'Retry-After': retryAfter } : {}) };
};

type StatusView = PublicCaseView & { departmentName: string | null };

async function viewOf(context: LoaderFunctionArgs['context'], number: string, lang: Lang): Promise<StatusView | null> {
  try {
    const view = await context.services.cases.showTrackedCase(number);
    const department = (await context.services.departments.listDepartments()).find((d) => d.id === view.departmentId);
    return { ...view, departmentName: department ? department.names[lang] : null };
  } catch (error) {
    // A granted case that is gone (a number no longer in use): the lookup form again.
    if (isDomainErrorOf(error, 'not_found')) return null;
    throw error;
  }
}

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = params.lang as Lang;
  const t = await translator(lang);
  const url = new URL(request.url);
  const token = url.searchParams.get('t');
  const { maxUploadFiles, maxUploadBytes } = context.services.config;
  const base = { title: t('track.title'), number: url.searchParams.get('number')?.slice(0, 40) ?? '', maxFiles: maxUploadFiles, maxBytes: maxUploadBytes };
  if (token !== null) {
    const cookie = await grantCaseAccessByLink(context, token);
    // Off the address bar at once, so the link is not kept in history or sent on as a Referer.
    if (cookie) throw redirect(`/${lang}/status`, { headers: { 'Set-Cookie': cookie } });
    return { ...base, view: null, linkInvalid: true };
  }
  const granted = await grantedCaseNumber(request, context);
  return { ...base, view: granted ? await viewOf(context, granted, lang) : null, linkInvalid: false };
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

export async function action(args: ActionFunctionArgs) {
  return mediaType(args.request) === 'multipart/form-data' ? followUp(args) : lookUp(args);
}

async function lookUp({ request, context }: ActionFunctionArgs) {
  const formData = await orHttpError(() => readForm(request, context));
  const values = formValues(formData, ['number', 'code']);
  const parsed = parseFields(trackingLookupSchema, values);
  if (!parsed.ok) return data<LookupResult>({ intent: 'lookup', ok: false, error: 'track.fillBoth', number: values.number ?? '' }, { status: 400 });
  try {
    const view = await context.services.cases.trackCase({ ...parsed.data, clientKey: context.clientIp });
    return data<LookupResult>({ intent: 'lookup', ok: true }, { headers: { 'Set-Cookie': await grantCaseAccess(context, view.number) } });
  } catch (error) {
    inlineErrorKey(error, ['not_found', 'rate_limited']);
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== null) {
      return data<LookupResult>({ intent: 'lookup', ok: false, error: 'track.slowDown', retryAfter, number: parsed.data.number }, { status: 429, headers: { 'Retry-After': String(retryAfter) } });
    }
    return data<LookupResult>({ intent: 'lookup', ok: false, error: 'track.noMatch', number: parsed.data.number });
  }
}

async function followUp({ request, context }: ActionFunctionArgs) {
  const failed = (status: number, result: Omit<Extract<FollowUpResult, { ok: false }>, 'intent' | 'ok'>) =>
    data<FollowUpResult>({ intent: 'followUp', ok: false, ...result }, { status });
  let formData: FormData;
  try {
    formData = await readMultipartForm(request, context);
  } catch (error) {
    // Over the size or file limits: refused while it streamed in, nothing kept (the page keeps the draft).
    if (error instanceof Response && error.status === 413) return failed(413, { errors: { files: 'followUp.error.tooLarge' }, text: '' });
    return orHttpError(() => Promise.reject(error));
  }
  const text = typeof formData.get('text') === 'string' ? (formData.get('text') as string) : '';
  const granted = await grantedCaseNumber(request, context);
  if (!granted) return failed(404, { errors: {}, formError: 'followUp.error.lookUpAgain', text });
  const parsed = parseFields(statusPageMessageSchema, { text });
  if (!parsed.ok) return failed(400, { errors: { text: 'followUp.error.tooLong' }, text });
  const files = await uploadedFiles(formData, 'files');
  try {
    const sent = await context.services.intake.sendStatusPageMessage(granted, parsed.data, files);
    return data<FollowUpResult>({ intent: 'followUp', ok: true, receivedAt: sent.receivedAt, documents: sent.documents.map((d) => d.filename) });
  } catch (error) {
    const key = inlineErrorKey(error, ['invalid_input', 'conflict', 'storage_full', 'not_found']);
    if (key === 'followUp.error.empty') return failed(400, { errors: { text: key }, text });
    if (key === 'errors.not_found') return failed(404, { errors: {}, formError: 'followUp.error.lookUpAgain', text });
    return failed(isDomainErrorOf(error, 'storage_full') ? 503 : 400, { errors: key.startsWith('errors.reason.') ? { files: key } : {}, formError: key.startsWith('errors.reason.') ? null : key, text });
  }
}

export default function StatusPage() {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const { number, view, linkInvalid, maxFiles, maxBytes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as LookupResult | FollowUpResult | undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a lookup the case's page takes the focus, so a screen reader starts reading it.
  useEffect(() => {
    if (result?.intent === 'lookup' && result.ok) headingRef.current?.focus();
  }, [result]);

  if (!view) {
    return (
      <>
        <h1>{t('track.title')}</h1>
        <p className="lead">{t('track.intro')}</p>
        {linkInvalid ? (
          <p className="notice" role="status" data-testid="link-invalid">
            {t('track.linkInvalid')}
          </p>
        ) : null}
        {result?.intent === 'followUp' && !result.ok && result.formError ? (
          <p className="notice" role="alert" data-testid="access-expired">
            {t(result.formError)}
          </p>
        ) : null}
        <LookupForm number={number} result={result?.intent === 'lookup' ? result : undefined} />
      </>
    );
  }

  const sent = result?.intent === 'followUp' ? result : undefined;
  const form = view.acceptsMessages ? (
    <FollowUpForm
      key={view.number}
      caseNumber={view.number}
      result={sent && !sent.ok ? sent : undefined}
      sentAt={sent?.ok ? sent.receivedAt : undefined}
      maxFiles={maxFiles}
      maxBytes={maxBytes}
      awaiting={view.status === 'awaiting_information'}
    />
  ) : (
    <NoMoreMessages status={view.status} forwardedTo={view.forwardedTo} />
  );
  const awaiting = view.status === 'awaiting_information';
  return (
    <div className="status-page">
      <h1 ref={headingRef} tabIndex={-1} data-testid="case-heading">
        {t('track.caseHeading')} <span className="case-no">{view.number}</span>
      </h1>
      {sent?.ok ? <MessageSent receivedAt={sent.receivedAt} documents={sent.documents} /> : null}
      {awaiting ? <AwaitingInformation view={view} /> : null}
      {awaiting ? form : null}
      <CaseStatusView view={view} lang={lang} />
      {awaiting ? null : form}
      <details className="status-other">
        <summary>{t('track.otherCase')}</summary>
        <LookupForm number="" result={result?.intent === 'lookup' ? result : undefined} />
      </details>
    </div>
  );
}
