import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { ReturnReplyForm } from '../components/ReturnReplyForm';
import { formatDate, formatDateTime } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

/** The approval queue is a manager's (an admin's too); anyone else is refused like the deadlines page. */
const QUEUE_ROLES = ['manager', 'admin'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, QUEUE_ROLES);
  const [queue, t] = await Promise.all([orHttpError(() => context.services.replies.listApprovalQueue(user)), translator(user.locale)]);
  return {
    title: t('approvals.title'),
    locale: user.locale,
    // The use case gives the longest waiting first.
    queue: queue.map((q) => ({
      replyId: q.replyId,
      replySubject: q.replySubject,
      caseNumber: q.caseNumber,
      caseSubject: q.caseSubject,
      authorName: q.authorName,
      requestedAt: q.requestedAt,
      dueOn: q.dueOn,
      canApprove: q.canApprove,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, QUEUE_ROLES);
  const form = await orHttpError(() => readForm(request, context));
  const replyId = String(form.get('replyId') ?? '');
  const intent = form.get('intent');
  if (intent !== 'approve' && intent !== 'return') return { ok: false, error: 'errors.invalid_input', replyId };
  try {
    await context.services.replies.approveReply(user, replyId, intent === 'approve', String(form.get('comment') ?? ''));
    return { ok: true, message: intent === 'approve' ? 'reply.approved' : 'reply.returned', replyId };
  } catch (error) {
    return { ok: false, error: inlineErrorKey(error, ['invalid_input', 'conflict', 'forbidden']), replyId };
  }
}

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const { queue, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const message = result ? t(String('message' in result ? result.message : result.error)) : null;
  return (
    <>
      <h1>{t('approvals.title')}</h1>
      <p className="lead">{t('approvals.intro')}</p>
      {message ? (
        <div className={result?.ok ? 'flash' : 'error-summary'} role={result?.ok ? 'status' : 'alert'} data-testid="approvals-result">
          <p>{message}</p>
        </div>
      ) : null}
      {queue.length === 0 ? (
        <p data-testid="approvals-empty">{t('approvals.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="summary approval-queue">
            <caption>{t('approvals.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('approvals.case')}</th>
                <th scope="col">{t('approvals.subject')}</th>
                <th scope="col">{t('approvals.author')}</th>
                <th scope="col">{t('approvals.requested')}</th>
                <th scope="col">{t('approvals.due')}</th>
                <th scope="col">{t('approvals.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((q) => (
                <tr key={q.replyId} data-testid="approval-row" data-case={q.caseNumber}>
                  <th scope="row">
                    <Link to={`/staff/cases/${q.caseNumber}`}>{q.caseNumber}</Link>
                    <br />
                    <span className="muted">{q.caseSubject}</span>
                  </th>
                  <td>
                    <Link to={`/staff/replies/${q.replyId}`}>{q.replySubject}</Link>
                  </td>
                  <td>{q.authorName}</td>
                  <td>{formatDateTime(q.requestedAt, locale)}</td>
                  <td>{q.dueOn ? formatDate(q.dueOn, locale) : '—'}</td>
                  <td>
                    {q.canApprove ? (
                      <div className="decision-forms">
                        <Form method="post">
                          <CsrfInput />
                          <input type="hidden" name="replyId" value={q.replyId} />
                          <input type="hidden" name="intent" value="approve" />
                          <button type="submit" className="button small">
                            {t('reply.approve')}
                          </button>
                        </Form>
                        <ReturnReplyForm id={`comment-${q.replyId}`} label={t('approvals.returnFor', { number: q.caseNumber })} replyId={q.replyId} rows={2} />
                      </div>
                    ) : (
                      <span className="muted">{t('approvals.notYours')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
