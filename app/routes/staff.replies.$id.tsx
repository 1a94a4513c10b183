import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { CsrfInput } from '../components/CsrfInput';
import { ReplyEditor } from '../components/ReplyEditor';
import { ReturnReplyForm } from '../components/ReturnReplyForm';
import { titleFromLoader } from '../meta';
import type { RootData } from '../root';
import { useRouteLoaderData } from '@remix-run/react';

export const meta = titleFromLoader;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const r = await orHttpError(() => context.services.replies.getReplyForEditing(user, params.id ?? ''));
  return {
    title: `${r.caseNumber} — ${r.reply.subject}`,
    reply: { id: r.reply.id, subject: r.reply.subject, bodyHtml: r.reply.bodyHtml, status: r.reply.status, language: r.reply.language },
    caseNumber: r.caseNumber,
    petitionerName: r.petitionerName,
    fourEyes: r.fourEyes,
    canSign: r.canSign,
    canApprove: r.canApprove,
    unfilled: r.unfilled,
    returned: r.returned,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await orHttpError(() => readForm(request, context));
  const id = params.id ?? '';
  try {
    switch (form.get('intent')) {
      case 'save':
        return { ok: true, saved: (await context.services.replies.saveReplyDraft(user, id, { subject: String(form.get('subject') ?? ''), bodyHtml: String(form.get('bodyHtml') ?? '') })).savedAt };
      case 'requestApproval':
        await context.services.replies.requestReplyApproval(user, id);
        return { ok: true, message: 'reply.sentForApproval' };
      case 'approve':
      case 'return':
        await context.services.replies.approveReply(user, id, form.get('intent') === 'approve', String(form.get('comment') ?? ''));
        return { ok: true, message: form.get('intent') === 'approve' ? 'reply.approved' : 'reply.returned' };
      case 'sign': {
        const r = await context.services.replies.signAndSendReply(user, id);
        const reply = await context.services.replies.getReplyForEditing(user, id);
        return redirect(`/staff/cases/${reply.caseNumber}?sent=${r.emailed ? 'email' : r.delivery === 'post' || r.delivery === 'in_person' ? r.delivery : 'download'}`);
      }
      default:
        return { ok: false, error: 'errors.invalid_input' };
    }
  } catch (error) {
    return { ok: false, error: inlineErrorKey(error, ['invalid_input', 'conflict', 'forbidden']) };
  }
}

export default function ReplyPage() {
  const { t } = useTranslation();
  const { reply, caseNumber, petitionerName, fourEyes, canSign, canApprove, unfilled, returned } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const saver = useFetcher<typeof action>();
  const editable = reply.status === 'draft';
  const [html, setHtml] = useState(reply.bodyHtml);
  const [subject, setSubject] = useState(reply.subject);
  const [previewVersion, setPreviewVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  // Autosave a second and a half after the last keystroke; the preview follows the saved draft.
  function scheduleSave(nextHtml: string, nextSubject: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      saver.submit({ intent: 'save', csrf: root?.csrf ?? '', bodyHtml: nextHtml, subject: nextSubject }, { method: 'post' });
    }, 1500);
  }
  useEffect(() => {
    if (saver.state === 'idle' && saver.data && 'saved' in saver.data) setPreviewVersion((v) => v + 1);
  }, [saver.state, saver.data]);
  const saving = saver.state !== 'idle';
  const message = result && 'message' in result ? t(String(result.message)) : result && 'error' in result ? t(String(result.error)) : null;

  return (
    <>
      <p>
        <Link to={`/staff/cases/${caseNumber}`}>← {caseNumber}</Link>
      </p>
      <h1>{t('reply.title', { name: petitionerName || t('case.unknownPetitioner') })}</h1>
      <p className="case-meta">
        <span className="badge">{t(`reply.status.${reply.status}`)}</span> <span className="badge">{t(`language.${reply.language}`)}</span>{' '}
        <span className="muted" role="status" aria-live="polite" data-testid="autosave">
          {saving ? t('reply.saving') : saver.data && 'saved' in saver.data ? t('reply.saved') : ''}
        </span>
      </p>
      {message ? (
        <div className={result?.ok ? 'flash' : 'error-summary'} role={result?.ok ? 'status' : 'alert'}>
          <p>{message}</p>
        </div>
      ) : null}
      {returned ? (
        <section className="notice returned-comment" aria-labelledby="returned-heading" data-testid="returned-comment">
          <h2 id="returned-heading">{t('reply.returnedBy', { name: returned.byName })}</h2>
          <p>{returned.comment}</p>
        </section>
      ) : null}
      {unfilled.length > 0 && editable ? <p className="notice">{t('reply.fillBrackets', { fields: unfilled.join(', ') })}</p> : null}
      <div className="reply-layout">
        <div>
          <div className="field">
            <label htmlFor="reply-subject">{t('reply.subject')}</label>
            <input
              id="reply-subject"
              type="text"
              value={subject}
              readOnly={!editable}
              lang={reply.language}
              onChange={(e) => {
                setSubject(e.target.value);
                scheduleSave(html, e.target.value);
              }}
            />
          </div>
          <ReplyEditor
            initialHtml={reply.bodyHtml}
            editable={editable}
            lang={reply.language}
            onChange={(next) => {
              setHtml(next);
              scheduleSave(next, subject);
            }}
          />
          <div className="reply-actions">
            {editable && fourEyes ? (
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="requestApproval" />
                <button type="submit" className="button secondary">
                  {t('reply.requestApproval')}
                </button>
              </Form>
            ) : null}
            {canApprove ? (
              <>
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="approve" />
                  <button type="submit" className="button">
                    {t('reply.approve')}
                  </button>
                </Form>
                <ReturnReplyForm id="return-comment" label={t('reply.returnComment')} />
              </>
            ) : null}
            {canSign ? (
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="sign" />
                <button type="submit" className="button" disabled={saving}>
                  {t('reply.signAndSend')}
                </button>
              </Form>
            ) : null}
          </div>
        </div>
        <div className="preview">
          <h2>{t('reply.preview')}</h2>
          <iframe key={previewVersion} title={t('reply.preview')} src={`/staff/replies/${reply.id}/preview?v=${previewVersion}`} />
          <p>
            <a href={`/staff/replies/${reply.id}/preview?v=${previewVersion}`} target="_blank" rel="noreferrer">
              {t('reply.openPreview')}
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
