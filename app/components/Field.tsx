import { useTranslation } from 'react-i18next';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string; required?: boolean }) => React.ReactNode;
}

/** A labelled form field with its hint and error tied to the control for screen readers. */
export function Field({ name, label, error, hint, required, children }: FieldProps) {
  const { t } = useTranslation();
  const id = `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({t('form.required')})</span> : <span className="optional"> ({t('form.optional')})</span>}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-text">
          {error}
        </p>
      ) : null}
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required })}
    </div>
  );
}
