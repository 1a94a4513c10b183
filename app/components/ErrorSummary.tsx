import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The errors of a form above it, each a link to its field (`#f-<name>`, as Field names them), and
 * the form's own error; focused by the page after a failed submit so a screen reader reads it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: Record<string, string | undefined>; formError?: string | null }>(function ErrorSummary(
  { errors, formError },
  ref,
) {
  const { t } = useTranslation();
  const fields = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (fields.length === 0 && !formError) return null;
  return (
    <div className="error-summary" role="alert" ref={ref} tabIndex={-1}>
      <h2>{t('form.errorSummary')}</h2>
      {formError ? <p>{t(formError)}</p> : null}
      <ul>
        {fields.map(([field, message]) => (
          <li key={field}>
            <a href={`#f-${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
});
