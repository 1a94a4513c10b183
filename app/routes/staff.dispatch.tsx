import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { formatDate, formatDateTime } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const list = await orHttpError(() => context.services.replies.listPostalDispatch(user));
  const t = await translator(user.locale);
  return { title: t('dispatch.title'), locale: user.locale, ...list };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await orHttpError(() => readForm(request, context)); // CSRF checked before anything is read
  const replyId = String(form.get('replyId') ?? '');
  try {
    await context.services.replies.recordPosted(user, replyId, {
      postedOn: String(form.get('postedOn') ?? ''),
      registeredMailNumber: String(form.get('registeredMailNumber') ?? '') || undefined,
    });
    return { ok: true as const, replyId, message: 'dispatch.recorded' };
  } catch (error) {
    return { ok: false as const, replyId, error: inlineErrorKey(error, ['invalid_input', 'conflict']) };
  }
}

export default function DispatchPage() {
  const { t } = useTranslation();
  const { items, today, mayPost, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>{t('dispatch.title')}</h1>
      <p className="lead">{t('dispatch.intro')}</p>
      {result ? (
        <div className={result.ok ? 'flash' : 'error-summary'} role={result.ok ? 'status' : 'alert'}>
          <p>{t(result.ok ? result.message : result.error)}</p>
        </div>
      ) : null}
      {mayPost && items.some((i) => !i.postedOn) ? (
        <p>
          <a className="button" href="/staff/dispatch/pdf" target="_blank" rel="noreferrer">
            {t('dispatch.print')}
          </a>
        </p>
      ) : null}
      {items.length === 0 ? (
        <p>{t('dispatch.empty')}</p>
      ) : (
        <table className="table">
          <caption>{t('dispatch.caption', { date: formatDate(today, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dispatch.case')}</th>
              <th scope="col">{t('dispatch.petitioner')}</th>
              <th scope="col">{t('dispatch.address')}</th>
              <th scope="col">{t('dispatch.signedOn')}</th>
              <th scope="col">{t('dispatch.posted')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.replyId} data-testid="dispatch-row">
                <th scope="row">
                  <a href={`/staff/cases/${item.caseNumber}`}>{item.caseNumber}</a>
                </th>
                <td>{item.petitionerName}</td>
                <td>{item.address ?? <span className="notice">{t('dispatch.noAddress')}</span>}</td>
                <td>{item.signedAt ? formatDateTime(item.signedAt, locale) : ''}</td>
                <td>
                  {item.postedOn ? (
                    <>
                      {formatDate(item.postedOn, locale)}
                      {item.registeredMailNumber ? <> · {item.registeredMailNumber}</> : null}
                    </>
                  ) : mayPost ? (
                    <Form method="post" className="inline-form">
                      <CsrfInput />
                      <input type="hidden" name="replyId" value={item.replyId} />
                      <label htmlFor={`posted-on-${item.replyId}`}>{t('dispatch.postedOn')}</label>
                      <input id={`posted-on-${item.replyId}`} type="date" name="postedOn" defaultValue={today} max={today} required />
                      <label htmlFor={`number-${item.replyId}`}>{t('dispatch.registeredMailNumber')}</label>
                      <input id={`number-${item.replyId}`} type="text" name="registeredMailNumber" maxLength={40} autoComplete="off" spellCheck={false} />
                      <button type="submit" className="button secondary">
                        {t('dispatch.recordPosted')}
                      </button>
                    </Form>
                  ) : (
                    t('dispatch.notPosted')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
