import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { grantCaseAccess } from '../.server/track-access.server';
import { Form, useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import { trackingLookupSchema } from '../.server/domain';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { formValues, parseFields, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CaseTimeline } from '../components/CaseTimeline';
import { CsrfInput } from '../components/CsrfInput';
import { Field } from '../components/Field';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, formatDateTime } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const t = await translator(params.lang as Lang);
  const number = new URL(request.url).searchParams.get('number')?.slice(0, 40) ?? '';
  return { title: t('track.title'), number };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = params.lang as Lang;
  const formData = await orHttpError(() => readForm(request, context));
  const values = formValues(formData, ['number', 'code']);
  const parsed = parseFields(trackingLookupSchema, values);
  if (!parsed.ok) return { ok: false as const, error: 'track.fillBoth', number: values.number ?? '' };
  try {
    const view = await context.services.cases.trackCase({ ...parsed.data, clientKey: context.clientIp });
    const departments = await context.services.departments.listDepartments();
    const department = departments.find((d) => d.id === view.departmentId);
    return data(
      { ok: true as const, view: { ...view, departmentName: department ? department.names[lang] : null } },
      { headers: { 'Set-Cookie': await grantCaseAccess(context, view.number) } },
    );
  } catch (error) {
    const key = inlineErrorKey(error, ['not_found', 'rate_limited']);
    return { ok: false as const, error: key === 'errors.not_found' ? 'track.noMatch' : key, number: parsed.data.number };
  }
}

export default function StatusPage() {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const { number } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => resultRef.current?.focus(), [result]);

  return (
    <>
      <h1>{t('track.title')}</h1>
      <p className="lead">{t('track.intro')}</p>
      {result && !result.ok ? (
        <div className="error-summary" role="alert" ref={resultRef} tabIndex={-1}>
          <p>{t(result.error)}</p>
        </div>
      ) : null}
      <Form method="post" className="form narrow">
        <CsrfInput />
        <Field name="number" label={t('case.number')} hint={t('track.numberHint')} required>
          {(p) => <input {...p} type="text" autoComplete="off" defaultValue={result && !result.ok ? result.number : number} />}
        </Field>
        <Field name="code" label={t('case.trackingCode')} hint={t('track.codeHint')} required>
          {(p) => <input {...p} type="text" autoComplete="off" spellCheck={false} />}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {t('track.lookUp')}
        </button>
      </Form>
      {result?.ok ? (
        <section className="status-result" aria-labelledby="result-heading" ref={resultRef} tabIndex={-1}>
          <h2 id="result-heading">
            {t('case.number')} {result.view.number}
          </h2>
          <dl className="facts">
            <dt>{t('case.status')}</dt>
            <dd data-testid="case-status">
              <StatusBadge status={result.view.status} />
            </dd>
            <dt>{t('case.subject')}</dt>
            <dd>{result.view.subject}</dd>
            {result.view.departmentName ? (
              <>
                <dt>{t('case.department')}</dt>
                <dd>{result.view.departmentName}</dd>
              </>
            ) : null}
            {result.view.registeredOn ? (
              <>
                <dt>{t('case.registeredOn')}</dt>
                <dd>{formatDate(result.view.registeredOn, lang)}</dd>
              </>
            ) : null}
            {result.view.dueOn ? (
              <>
                <dt>{t('case.dueOn')}</dt>
                <dd>{formatDate(result.view.dueOn, lang)}</dd>
              </>
            ) : null}
          </dl>
          {result.view.replies.length > 0 ? (
            <>
              <h3>{t('track.replies')}</h3>
              <ul className="documents">
                {result.view.replies.map((r) => (
                  <li key={r.id}>
                    {r.postedOn ? (
                      <span data-testid="reply-posted">
                        {t('track.postedOn', { date: formatDate(r.postedOn, lang) })}
                        {r.registeredMailNumber ? `, ${t('track.registeredMail', { number: r.registeredMailNumber })}` : ''}
                      </span>
                    ) : r.delivery === 'post' ? (
                      <span data-testid="reply-to-be-posted">{t('track.toBePosted')}</span>
                    ) : (
                      <>
                        <a href={`/${lang}/replies/${r.id}`} data-testid="reply-download">
                          {r.filename}
                        </a>{' '}
                        <span className="muted">{formatDateTime(r.createdAt, lang)}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t('case.timeline')}</h3>
          <CaseTimeline lang={lang} entries={result.view.timeline.map((e, i) => ({ key: String(i), type: e.type, at: e.at, status: e.status }))} />
        </section>
      ) : null}
    </>
  );
}
