import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { titleFromLoader } from '../meta';

/*
 * A scanned stack split into letters: the document's pages as thumbnails, a checkbox under each
 * "a new letter starts at this page". Not nested under staff.documents.$id (the download, a
 * resource route): the URL is the same, /staff/documents/<id>/split.
 */

export const meta = titleFromLoader;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const view = await orHttpError(() => context.services.intake.getSplitView(user, params.id ?? ''));
  const t = await translator(user.locale);
  return { title: `${t('split.title')} — ${view.caseNumber}`, ...view };
}

/** The pages where a letter starts (page 1 always does) as ranges: [1, 3] of 4 pages → 1–2, 3–4. */
function rangesFromStarts(starts: number[], pageCount: number): { from: number; to: number }[] {
  const firsts = [...new Set([1, ...starts])].filter((p) => Number.isInteger(p) && p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return firsts.map((from, i) => ({ from, to: (firsts[i + 1] ?? pageCount + 1) - 1 }));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await orHttpError(() => readForm(request, context));
  // Another department's document is "not found" before anything else is looked at.
  const view = await orHttpError(() => context.services.intake.getSplitView(user, params.id ?? ''));
  const starts = formData.getAll('start').map((v) => Number(v));
  try {
    const result = await context.services.intake.splitDocument(user, view.documentId, rangesFromStarts(starts, view.pageCount));
    return redirect(`/staff/cases/${result.caseNumber}?split=${result.newCases.map((c) => c.number).join(',')}`);
  } catch (error) {
    return { ok: false as const, error: inlineErrorKey(error, ['invalid_input', 'conflict']) };
  }
}

export default function SplitDocumentPage() {
  const { t } = useTranslation();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const pages = Array.from({ length: view.pageCount }, (_, i) => i + 1);
  return (
    <>
      <h1>{t('split.title')}</h1>
      <p>
        <a href={`/staff/cases/${view.caseNumber}`}>{t('split.back')}</a>
      </p>
      {result && !result.ok ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{t(result.error)}</p>
        </div>
      ) : null}
      {view.splittable ? (
        <Form method="post">
          <CsrfInput />
          <p id="split-intro">{t('split.intro', { number: view.caseNumber })}</p>
          <fieldset aria-describedby="split-intro">
            <legend>{t('split.legend')}</legend>
            <ol className="split-pages">
              {pages.map((page) => (
                <li key={page}>
                  <img
                    src={`/staff/pages/${view.documentId}/${page}`}
                    alt={t('split.pageImage', { page, count: view.pageCount })}
                    width={160}
                    loading={page > 12 ? 'lazy' : 'eager'}
                  />
                  {page === 1 ? (
                    <p className="muted">{t('split.firstPage')}</p>
                  ) : (
                    <p>
                      <input type="checkbox" id={`start-${page}`} name="start" value={page} />{' '}
                      <label htmlFor={`start-${page}`}>
                        {t('split.startsHere')} <span className="visually-hidden">({t('split.page', { page })})</span>
                      </label>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </fieldset>
          <button type="submit" className="button">
            {t('split.submit')}
          </button>
        </Form>
      ) : (
        <p className="notice" role="note">{t('errors.reason.split_not_pdf')}</p>
      )}
    </>
  );
}
