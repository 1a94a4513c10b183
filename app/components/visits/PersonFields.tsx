import { useTranslation } from 'react-i18next';
import { SERVED_LANGUAGES } from '../../../server/languages';
import { Field } from '../Field';

/** Name, phone, e-mail (optional) and, at the desk, the language the resident is written to in. */
export function PersonFields({
  legend,
  values,
  errors,
  withLanguage,
  autoComplete,
}: {
  legend: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  withLanguage?: { default: string };
  /** The resident's own browser may fill in their details; the desk's must not offer the last caller's. */
  autoComplete: boolean;
}) {
  const { t } = useTranslation();
  const label = (f: string) => t(`visits.field.${f}`);
  const err = (f: string) => (errors[f] ? t(`form.error.${errors[f]}`, { field: label(f) }) : undefined);
  const ac = (v: string) => (autoComplete ? v : 'off');
  return (
    <fieldset>
      <legend>{legend}</legend>
      <Field name="name" label={label('name')} error={err('name')} required>
        {(p) => <input {...p} type="text" autoComplete={ac('name')} defaultValue={values.name} />}
      </Field>
      <Field name="phone" label={label('phone')} hint={t('visits.phoneHint')} error={err('phone')} required>
        {(p) => <input {...p} type="tel" autoComplete={ac('tel')} defaultValue={values.phone} />}
      </Field>
      <Field name="email" label={label('email')} hint={t('visits.emailHint')} error={err('email')}>
        {(p) => <input {...p} type="email" autoComplete={ac('email')} defaultValue={values.email} />}
      </Field>
      {withLanguage ? (
        <Field name="language" label={label('language')} error={err('language')} required>
          {(p) => (
            <select {...p} defaultValue={values.language ?? withLanguage.default}>
              {SERVED_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}
