import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVED_LANGUAGES } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { walkInSchema } from '../.server/domain';
import { inlineErrorKey } from '../.server/errors.server';
import { formValues, parseFields, readMultipartForm, uploadedFiles } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { ReceiptButton } from '../components/case/ReceiptButton';
import { formatDate } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

const FIELDS = ['channel', 'language', 'name', 'email', 'phone', 'address', 'kind', 'subject', 'body'] as const;
const KINDS = ['request', 'complaint', 'information_request'] as const;

/** A petition handed in at the desk or taken down over the phone: typed by the clerk, the petitioner present. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const t = await translator(user.locale);
  return { title: t('walkIn.title') };
}

type ActionResult =
  | { ok: true; number: string; trackingCode: string; dueOn: string; channel: 'in_person' | 'phone' }
  | { ok: false; errors: Record<string, string>; formError?: string; values: Record<string, string | undefined> };

export async function action({ request, context }: ActionFunctionArgs): Promise<ActionResult> {
  const user = await requireUser(request, context);
  let formData: FormData;
  try {
    formData = await readMultipartForm(request, context, { maxFiles: 5 });
  } catch (error) {
    return { ok: false, errors: {}, formError: inlineErrorKey(error, ['invalid_input']), values: {} };
  }
  const values = formValues(formData, FIELDS);
  const parsed = parseFields(walkInSchema, values);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
  const files = await uploadedFiles(formData, 'files');
  try {
    const registered = await context.services.intake.registerWalkIn(user, parsed.data, files);
    return { ok: true, number: registered.number, trackingCode: registered.trackingCode, dueOn: registered.dueOn, channel: parsed.data.channel };
  } catch (error) {
    return { ok: false, errors: {}, formError: inlineErrorKey(error, ['invalid_input', 'storage_full']), values };
  }
}

export default function WalkIn() {
  const { t, i18n } = useTranslation();
  const result = useActionData<typeof action>();
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result && !result.ok) summaryRef.current?.focus();
  }, [result]);

  if (result?.ok) {
    return (
      <>
        <h1>{t('walkIn.registered')}</h1>
        <div className="confirmation" role="status">
          <p>
            {t('case.number')}: <strong data-testid="case-number">{result.number}</strong>
          </p>
          <p>
            {t('walkIn.code')}: <strong data-testid="tracking-code">{result.trackingCode}</strong>
          </p>
          <p>{t('walkIn.dueOn', { date: formatDate(result.dueOn, i18n.language as never) })}</p>
          <p className="hint">{t('walkIn.codeOnce')}</p>
        </div>
        <ReceiptButton kase={{ number: result.number, channel: result.channel }} />
        <p>
          <Link className="button" to={`/staff/cases/${result.number}`}>
            {t('intake.openCase', { number: result.number })}
          </Link>{' '}
          <Link to="/staff/intake/walk-in">{t('walkIn.another')}</Link>
        </p>
      </>
    );
  }

  const errors = result && !result.ok ? result.errors : {};
  const values = result && !result.ok ? result.values : {};
  const label = (field: string) => t(`walkIn.field.${field}`);
  const err = (field: string) => (errors[field] ? t(`form.error.${errors[field]}`, { field: label(field) }) : undefined);

  return (
    <>
      <h1>{t('walkIn.title')}</h1>
      <p className="lead">{t('walkIn.intro')}</p>
      <ErrorSummary
        ref={summaryRef}
        errors={Object.fromEntries(Object.keys(errors).map((f) => [f, err(f)]))}
        formError={result && !result.ok ? result.formError : null}
      />
      <Form method="post" encType="multipart/form-data" className="form" noValidate>
        <CsrfInput />
        <fieldset>
          <legend>{t('walkIn.how')}</legend>
          {(['in_person', 'phone'] as const).map((c) => (
            <div className="radio" key={c}>
              <input type="radio" id={`channel-${c}`} name="channel" value={c} defaultChecked={(values.channel ?? 'in_person') === c} />
              <label htmlFor={`channel-${c}`}>{t(`channel.${c}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('walkIn.petitioner')}</legend>
          <Field name="name" label={label('name')} error={err('name')} required>
            {(p) => <input {...p} type="text" defaultValue={values.name} autoComplete="off" />}
          </Field>
          <Field name="address" label={label('address')} error={err('address')}>
            {(p) => <input {...p} type="text" defaultValue={values.address} autoComplete="off" />}
          </Field>
          <Field name="email" label={label('email')} error={err('email')}>
            {(p) => <input {...p} type="email" defaultValue={values.email} autoComplete="off" />}
          </Field>
          <Field name="phone" label={label('phone')} error={err('phone')}>
            {(p) => <input {...p} type="tel" defaultValue={values.phone} autoComplete="off" />}
          </Field>
          <Field name="language" label={label('language')} error={err('language')} required>
            {(p) => (
              <select {...p} defaultValue={values.language ?? 'lt'}>
                {SERVED_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('walkIn.petition')}</legend>
          <Field name="kind" label={label('kind')} error={err('kind')} required>
            {(p) => (
              <select {...p} defaultValue={values.kind ?? 'request'}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="subject" label={label('subject')} error={err('subject')} required>
            {(p) => <input {...p} type="text" defaultValue={values.subject} />}
          </Field>
          <Field name="body" label={label('body')} error={err('body')} required>
            {(p) => <textarea {...p} rows={10} defaultValue={values.body} />}
          </Field>
          <Field name="files" label={label('files')}>
            {(p) => <input {...p} type="file" multiple accept="application/pdf,image/jpeg,image/png,image/tiff" />}
          </Field>
        </fieldset>
        <button type="submit" className="button" data-testid="walk-in-submit">
          {t('walkIn.submit')}
        </button>
      </Form>
    </>
  );
}
