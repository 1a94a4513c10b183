import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { CsrfInput } from '../components/CsrfInput';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

/** The original beside its recognised text: zoomable page images, the text page by page, corrections. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { document, pages, caseNumber } = await orHttpError(() => context.services.cases.getDocumentText(user, params.id ?? ''));
  const viewable = document.mediaType === 'application/pdf' || document.mediaType.startsWith('image/');
  return {
    title: document.filename,
    caseNumber,
    document: { id: document.id, filename: document.filename, mediaType: document.mediaType, status: document.status, problem: document.problem, pageCount: document.pageCount ?? pages.length },
    viewable,
    pages: pages.map((p) => ({ page: p.page, text: p.text, confidence: p.confidence, source: p.source })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await orHttpError(() => readForm(request, context));
  const page = Number(form.get('page'));
  const text = String(form.get('text') ?? '').slice(0, 100_000);
  try {
    await context.services.cases.correctPageText(user, params.id ?? '', page, text);
    return { ok: true as const, page };
  } catch (error) {
    return { ok: false as const, error: inlineErrorKey(error, ['not_found', 'invalid_input']) };
  }
}

const ZOOMS = [50, 75, 100, 150, 200];

export default function DocumentText() {
  const { t } = useTranslation();
  const { document, pages, viewable, caseNumber } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params, setParams] = useSearchParams();
  const [zoom, setZoom] = useState(100);
  const total = Math.max(document.pageCount ?? 0, pages.length, 1);
  const current = Math.min(Math.max(Number(params.get('page') ?? 1) || 1, 1), total);
  const pageText = pages.find((p) => p.page === current);
  return (
    <>
      <p>
        <Link to={`/staff/cases/${caseNumber}`}>← {caseNumber}</Link>
      </p>
      <h1>{document.filename}</h1>
      {document.problem ? (
        <div className="error-summary" role="alert">
          <p>{t(`problem.${document.problem}`)}</p>
        </div>
      ) : null}
      {result ? (
        <div className={result.ok ? 'flash' : 'error-summary'} role={result.ok ? 'status' : 'alert'}>
          <p>{result.ok ? t('viewer.saved') : t(result.error)}</p>
        </div>
      ) : null}
      <nav className="pager" aria-label={t('viewer.pages')}>
        <button type="button" className="button small secondary" disabled={current <= 1} onClick={() => setParams({ page: String(current - 1) })}>
          {t('viewer.previous')}
        </button>
        <span>{t('viewer.pageOf', { page: current, total })}</span>
        <button type="button" className="button small secondary" disabled={current >= total} onClick={() => setParams({ page: String(current + 1) })}>
          {t('viewer.next')}
        </button>
        <span className="zoom" role="group" aria-label={t('viewer.zoom')}>
          {ZOOMS.map((z) => (
            <button key={z} type="button" className="button small secondary" aria-pressed={z === zoom} onClick={() => setZoom(z)}>
              {z}%
            </button>
          ))}
        </span>
      </nav>
      <div className="viewer">
        <div className="viewer-image" tabIndex={0} aria-label={t('viewer.original')}>
          {viewable ? (
            <img
              src={`/staff/pages/${document.id}/${current}`}
              alt={t('viewer.pageImage', { page: current, name: document.filename })}
              className={`zoom-${zoom}`}
            />
          ) : (
            <p className="muted">{t('viewer.noPreview')}</p>
          )}
        </div>
        <div className="viewer-text">
          {pageText ? (
            <Form method="post" className="stack">
              <CsrfInput />
              <input type="hidden" name="page" value={current} />
              <label htmlFor="page-text">
                {t('viewer.recognised')}
                {pageText.confidence !== null ? ` · ${t('viewer.confidence', { value: Math.round(pageText.confidence) })}` : ''}
                {` · ${t(`source.${pageText.source}`)}`}
              </label>
              <textarea id="page-text" name="text" rows={28} defaultValue={pageText.text} key={`${document.id}-${current}`} />
              <button type="submit" className="button small">
                {t('viewer.save')}
              </button>
            </Form>
          ) : (
            <p className="muted">{t(`docStatus.${document.status}`)}</p>
          )}
        </div>
      </div>
    </>
  );
}
