import { Form, Link, useNavigation, useParams } from '@remix-run/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicCaseView } from '../../../server/cases/index';
import type { Lang } from '../../../server/languages';
import { formatDateTime } from '../../format';
import { CsrfInput } from '../CsrfInput';
import { ErrorSummary } from '../ErrorSummary';
import { Field } from '../Field';

export type FollowUpResult =
  | { intent: 'followUp'; ok: true; receivedAt: string; documents: string[] }
  | { intent: 'followUp'; ok: false; errors: Record<string, string>; formError?: string | null; text: string };

const ACCEPT = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'];
const EXTENSIONS = /\.(pdf|jpe?g|png|tiff?)$/i;
const draftKey = (caseNumber: string) => `desk-follow-up:${caseNumber}`;

/** What the browser can tell before sending (the desk checks again, by content): nothing is sent that would be refused. */
function checkFiles(files: FileList | null, maxFiles: number, maxBytes: number): { key: string; params: Record<string, string | number> } | null {
  const list = [...(files ?? [])];
  if (list.length > maxFiles) return { key: 'followUp.error.tooManyFiles', params: { max: maxFiles } };
  const wrong = list.find((f) => !ACCEPT.includes(f.type) && !EXTENSIONS.test(f.name));
  if (wrong) return { key: 'followUp.error.wrongType', params: { name: wrong.name } };
  const big = list.find((f) => f.size > maxBytes);
  if (big) return { key: 'followUp.error.fileTooLarge', params: { name: big.name, mb: Math.floor(maxBytes / 1048576) } };
  return null;
}

/**
 * A message and documents for the case, through the same intake as the web form. The draft is kept
 * in this tab while it is written, so a refusal (a file too large, an access that ran out) loses none of it.
 */
export function FollowUpForm(props: { caseNumber: string; result?: Extract<FollowUpResult, { ok: false }>; sentAt?: string; maxFiles: number; maxBytes: number; awaiting: boolean }) {
  const { caseNumber, result, sentAt, maxFiles, maxBytes, awaiting } = props;
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const busy = useNavigation().state === 'submitting';
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const mb = Math.floor(maxBytes / 1048576);

  useEffect(() => {
    const draft = sessionStorage.getItem(draftKey(caseNumber));
    if (draft && textRef.current && !textRef.current.value) textRef.current.value = draft;
  }, [caseNumber]);
  useEffect(() => {
    if (!sentAt) return;
    sessionStorage.removeItem(draftKey(caseNumber));
    formRef.current?.reset();
  }, [sentAt, caseNumber]);
  useEffect(() => {
    if (result) summaryRef.current?.focus();
  }, [result]);
  useEffect(() => {
    if (Object.keys(local).length) summaryRef.current?.focus();
  }, [local]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const files = (form.elements.namedItem('files') as HTMLInputElement | null)?.files ?? null;
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement | null)?.value.trim() ?? '';
    const problem = checkFiles(files, maxFiles, maxBytes);
    const errors: Record<string, string> = {};
    if (!text && !files?.length) errors.text = t('followUp.error.empty');
    if (problem) errors.files = t(problem.key, problem.params);
    setLocal(errors);
    if (Object.keys(errors).length) event.preventDefault();
  };

  const server = result && Object.keys(local).length === 0 ? result : undefined;
  const errors = Object.keys(local).length ? local : Object.fromEntries(Object.entries(server?.errors ?? {}).map(([f, key]) => [f, t(key, { max: maxFiles, mb })]));
  return (
    <section className="panel follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t(awaiting ? 'followUp.sendInformation' : 'followUp.title')}</h2>
      <p>{t('followUp.intro')}</p>
      <ErrorSummary ref={summaryRef} errors={errors} formError={server?.formError ?? null} />
      <Form method="post" encType="multipart/form-data" className="form" action={`/${lang}/status`} noValidate ref={formRef} onSubmit={onSubmit} data-testid="follow-up-form">
        <CsrfInput />
        <Field name="text" label={t('followUp.text')} hint={t('followUp.textHint')} error={errors.text}>
          {(p) => (
            <textarea {...p} ref={textRef} rows={6} maxLength={20000} defaultValue={server?.text ?? ''} onChange={(e) => sessionStorage.setItem(draftKey(caseNumber), e.currentTarget.value)} />
          )}
        </Field>
        <Field name="files" label={t('followUp.files')} hint={t('followUp.filesHint', { max: maxFiles, mb })} error={errors.files}>
          {(p) => <input {...p} type="file" multiple accept={[...ACCEPT, '.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff'].join(',')} />}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.sending') : t('followUp.send')}
        </button>
      </Form>
    </section>
  );
}

/** The message arrived: said where the resident is looking, and read out by a screen reader. */
export function MessageSent({ receivedAt, documents }: { receivedAt: string; documents: string[] }) {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [receivedAt]);
  return (
    <div className="confirmation" role="status" ref={ref} tabIndex={-1} data-testid="message-sent">
      <h2>{t('followUp.sentTitle')}</h2>
      <p>{t('followUp.sentText', { date: formatDateTime(receivedAt, lang) })}</p>
      {documents.length ? (
        <>
          <p>{t('followUp.sentDocuments')}</p>
          <ul className="documents">
            {documents.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A closed or forwarded case takes no messages: where to write instead. */
export function NoMoreMessages({ status, forwardedTo }: { status: PublicCaseView['status']; forwardedTo: PublicCaseView['forwardedTo'] }) {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  if (status === 'forwarded') {
    return (
      <section className="panel" aria-labelledby="no-messages-heading" data-testid="no-more-messages">
        <h2 id="no-messages-heading">{t('followUp.forwardedTitle')}</h2>
        <p>{forwardedTo ? t('followUp.forwardedText', { institution: forwardedTo.institution }) : t('followUp.forwardedNoName')}</p>
        {forwardedTo?.contact ? (
          <p>
            {t('followUp.forwardedContact')} <span className="contact">{forwardedTo.contact}</span>
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="no-messages-heading" data-testid="no-more-messages">
      <h2 id="no-messages-heading">{t('followUp.closedTitle')}</h2>
      <p>{t('followUp.closedText')}</p>
      <Link className="button secondary" to={`/${lang}/petition`}>
        {t('followUp.newPetition')}
      </Link>
    </section>
  );
}
