/**
 * Merging a case into another (a resident's second letter about the same matter), and the notice on
 * a merged case, with the manager's undo. The case route's loader passes `MergePanelData` (from
 * `services.cases.getMergeView`); its action takes the intents 'merge' (field `into`) and 'unmerge'.
 */
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../CsrfInput';

export interface MergePanelData {
  /** Set when the case was merged away; `number` is null when the reader may not see that case. */
  mergedInto: { number: string | null } | null;
  mayMerge: boolean;
  mayUnmerge: boolean;
}

/** The notice on a merged case: where it went, and for a manager the undo. Renders nothing otherwise. */
export function MergedNotice({ merge }: { merge: MergePanelData }) {
  const { t } = useTranslation();
  if (!merge.mergedInto) return null;
  const into = merge.mergedInto.number;
  return (
    <div className="notice" role="note">
      <p>
        {into ? (
          <>
            {t('merge.mergedInto')} <a href={`/staff/cases/${into}`}>{into}</a>
          </>
        ) : (
          t('merge.mergedIntoHidden')
        )}
      </p>
      {merge.mayUnmerge ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="unmerge" />
          <p className="muted" id="unmerge-hint">{t('merge.undoHint')}</p>
          <button type="submit" className="button small" aria-describedby="unmerge-hint">
            {t('merge.undo')}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** The side panel: "Merge this case into case number …". Renders nothing when the reader may not merge it. */
export function MergePanel({ merge }: { merge: MergePanelData }) {
  const { t } = useTranslation();
  if (!merge.mayMerge) return null;
  return (
    <section aria-labelledby="merge-heading" className="panel">
      <h2 id="merge-heading">{t('merge.title')}</h2>
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="intent" value="merge" />
        <label htmlFor="merge-into">{t('merge.intoLabel')}</label>
        <input
          id="merge-into"
          name="into"
          type="text"
          required
          autoComplete="off"
          spellCheck={false}
          pattern="[A-Za-z]{3}-\d{4}-\d{6}"
          aria-describedby="merge-into-hint"
        />
        <p className="muted" id="merge-into-hint">{t('merge.intoHint')}</p>
        <button type="submit" className="button small">
          {t('merge.submit')}
        </button>
      </Form>
    </section>
  );
}

/** After a split the case page is opened with `?split=<numbers>`: the flash that lists the new cases. */
export function SplitFlash({ numbers }: { numbers: string[] }) {
  const { t } = useTranslation();
  if (numbers.length === 0) return null;
  return (
    <div className="flash" role="status">
      <p>
        {t('split.done', { numbers: '' })}
        {numbers.map((n, i) => (
          <span key={n}>
            {i > 0 ? ', ' : ''}
            <a href={`/staff/cases/${n}`}>{n}</a>
          </span>
        ))}
      </p>
    </div>
  );
}
