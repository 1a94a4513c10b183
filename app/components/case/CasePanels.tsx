/**
 * The main column of a case page (routes/staff.cases.$number.tsx): the petition, the replies, the
 * documents with their live text-extraction progress. Presentational: the route's loader and
 * action do the work; these render what the loader gave them.
 */
import { useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SERVED_LANGUAGES, type Lang } from '../../../server/languages';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { SelectForm } from './SelectForm';

export interface PetitionFacts {
  body: string;
  channel: string;
  kind: string;
  language: Lang | null;
  receivedAt: string;
  registeredOn: string | null;
  dueOn: string | null;
}

export function PetitionPanel({ kase, locale }: { kase: PetitionFacts; locale: Lang }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="petition-heading" className="panel">
      <h2 id="petition-heading">{t('case.petition')}</h2>
      <dl className="facts compact">
        <dt>{t('case.receivedAt')}</dt>
        <dd>{formatDateTime(kase.receivedAt, locale)}</dd>
        <dt>{t('case.channel')}</dt>
        <dd>{t(`channel.${kase.channel}`)}</dd>
        <dt>{t('case.kind')}</dt>
        <dd>{t(`kind.${kase.kind}`)}</dd>
        <dt>{t('case.language')}</dt>
        <dd>{kase.language ? t(`language.${kase.language}`) : '—'}</dd>
        {kase.registeredOn ? (
          <>
            <dt>{t('case.registeredOn')}</dt>
            <dd>{formatDate(kase.registeredOn, locale)}</dd>
          </>
        ) : null}
        {kase.dueOn ? (
          <>
            <dt>{t('case.dueOn')}</dt>
            <dd>{formatDate(kase.dueOn, locale)}</dd>
          </>
        ) : null}
      </dl>
      {kase.body.trim() ? (
        <div className="petition-body" lang={kase.language ?? undefined}>
          {kase.body}
        </div>
      ) : (
        <p className="muted">{t('case.bodyInDocuments')}</p>
      )}
    </section>
  );
}

export interface ReplySummary {
  id: string;
  subject: string;
  status: string;
  language: Lang;
  documentId: string | null;
}

export function ReplyPanel({ kase, replies, templates }: { kase: { replyLanguage: Lang }; replies: ReplySummary[]; templates: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reply-heading" className="panel">
      <h2 id="reply-heading">{t('reply.heading')}</h2>
      {replies.length > 0 ? (
        <ul className="documents">
          {replies.map((r) => (
            <li key={r.id}>
              <a href={`/staff/replies/${r.id}`}>{r.subject}</a> <span className="badge">{t(`reply.status.${r.status}`)}</span>{' '}
              <span className="muted">{t(`language.${r.language}`)}</span>
              {r.documentId ? (
                <>
                  {' '}
                  <a href={`/staff/documents/${r.documentId}`}>{t('reply.signedPdf')}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <SelectForm
        intent="replyLanguage"
        name="replyLanguage"
        label={t('reply.language')}
        options={SERVED_LANGUAGES.map((l) => ({ value: l, label: LANGUAGES[l].endonym }))}
        defaultValue={kase.replyLanguage}
        submit={t('reply.changeLanguage')}
        layout="inline"
        secondary
      />
      {templates.length > 0 ? (
        <SelectForm
          intent="startReply"
          name="templateId"
          label={t('reply.template')}
          options={templates.map((tp) => ({ value: tp.id, label: tp.title }))}
          lang={kase.replyLanguage}
          submit={t('reply.write')}
          layout="inline"
        />
      ) : null}
    </section>
  );
}

export interface DocumentSummary {
  id: string;
  filename: string;
  mediaType: string;
  sizeKb: number;
  status: string;
  problem: string | null;
  pageCount: number | null;
  pagesDone: number;
  role?: string;
}

export function DocumentsPanel({ kase, documents: loadedDocuments, locale }: { kase: { number: string }; documents: DocumentSummary[]; locale: Lang }) {
  const { t } = useTranslation();
  const documents = useLiveDocuments(kase.number, loadedDocuments);
  return (
    <section aria-labelledby="docs-heading" className="panel">
      <h2 id="docs-heading">{t('case.documents')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('case.noDocuments')}</p>
      ) : (
        <ul className="documents" aria-live="polite">
          {documents.map((d) => (
            <li key={d.id} data-testid="document" data-status={d.status}>
              <a href={`/staff/documents/${d.id}`}>{d.filename}</a>{' '}
              <span className="muted">
                ({d.mediaType}, {formatNumber(d.sizeKb, locale)} KB)
              </span>{' '}
              <span className={`badge doc-${d.status}`}>{t(`docStatus.${d.status}`)}</span>{' '}
              {d.status === 'extracting' && d.pageCount ? (
                <progress className="doc-progress" max={d.pageCount} value={d.pagesDone} aria-label={t('case.ocrProgress', { done: d.pagesDone, total: d.pageCount })} />
              ) : null}
              {d.status === 'extracted' || d.status === 'extracting' || d.problem ? (
                <>
                  {' '}
                  <a href={`/staff/texts/${d.id}`}>{t('case.viewText')}</a>
                </>
              ) : null}
              {d.mediaType === 'application/pdf' && (d.pageCount ?? 0) >= 2 && d.role === 'original' ? (
                <>
                  {' '}
                  <a href={`/staff/documents/${d.id}/split`} data-testid="split-link">
                    {t('split.link')}
                  </a>
                </>
              ) : null}
              {d.problem ? <p className="doc-problem">{t(`problem.${d.problem}`)}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/staff/intake?case=${kase.number}`}>{t('case.addScans')}</a>
      </p>
    </section>
  );
}

type LiveDocument = { id: string; status: string; problem: string | null; pageCount: number | null; pagesDone: number };

/** Document states as the server streams them (text extraction may run in another process). */
function useLiveDocuments<D extends LiveDocument>(caseNumber: string, initial: D[]): D[] {
  const revalidator = useRevalidator();
  const [documents, setDocuments] = useState(initial);
  useEffect(() => setDocuments(initial), [initial]);
  const pending = initial.some((d) => d.status === 'stored' || d.status === 'extracting');
  useEffect(() => {
    if (!pending || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/staff/cases/${caseNumber}/progress`);
    source.addEventListener('progress', (e) => {
      const update = JSON.parse((e as MessageEvent<string>).data) as { documents: LiveDocument[] };
      setDocuments((prev) => prev.map((d) => ({ ...d, ...(update.documents.find((u) => u.id === d.id) ?? {}) })));
    });
    // Done: the text is read and the case analysed (language, department, status): reload the page's data.
    source.addEventListener('done', () => {
      source.close();
      revalidator.revalidate();
    });
    return () => source.close();
    // Not keyed on the revalidator (a new object with every state): only a new case or a new
    // pending state reopens the stream.
  }, [caseNumber, pending]);
  return documents;
}
