import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../server/languages';
import { webPetitionSchema } from '../.server/domain';
import { inlineErrorKey } from '../.server/errors.server';
import { formValues, parseFields, readMultipartForm, uploadedFiles } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { formatDate } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

const FIELDS = ['name', 'email', 'phone', 'address', 'subject', 'body', 'kind', 'serviceSlug'] as const;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const lang = params.lang as Lang;
  const t = await translator(lang);
  const [departments, catalogue] = await Promise.all([
    context.services.departments.listDepartments({ activeOnly: true }),
    context.services.departments.listServiceCatalogue(),
  ]);
  const topics = departments
    .map((d) => ({
      department: d.names[lang],
      services: catalogue.filter((s) => s.departmentId === d.id).map((s) => ({ slug: s.slug, name: s.texts[lang].name })),
    }))
    .filter((g) => g.services.length > 0);
  return { title: t('petition.title'), topics, maxFiles: context.services.config.maxUploadFiles, maxMb: Math.floor(context.services.config.maxUploadBytes / 1048576) };
}

type ActionResult =
  | { ok: true; number: string; trackingCode: string; dueOn: string }
  | { ok: false; errors: Record<string, string>; formError?: string; values: Record<string, string | undefined> };

export async function action({ request, params, context }: ActionFunctionArgs): Promise<ActionResult> {
  const lang = params.lang as Lang;
  let formData: FormData;
  try {
    formData = await readMultipartForm(request, context);
  } catch (error) {
    return { ok: false, errors: {}, formError: inlineErrorKey(error, ['invalid_input']), values: {} };
  }
  const values = formValues(formData, FIELDS);
  const parsed = parseFields(webPetitionSchema, { ...values, language: lang });
  const errors = parsed.ok ? {} : { ...parsed.errors };
  if (formData.get('consent') !== 'yes') errors.consent = 'required';
  if (!parsed.ok || Object.keys(errors).length) return { ok: false, errors, values };
  const files = await uploadedFiles(formData, 'files');
  try {
    const registered = await context.services.intake.submitWebPetition(parsed.data, files);
    return { ok: true, number: registered.number, trackingCode: registered.trackingCode, dueOn: registered.dueOn };
  } catch (error) {
    return { ok: false, errors: {}, formError: inlineErrorKey(error, ['invalid_input']), values };
  }
}

export default function PetitionPage() {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const { topics, maxFiles, maxMb } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => summaryRef.current?.focus(), [result]);

  if (result?.ok) {
    return (
      <div className="confirmation" ref={summaryRef} tabIndex={-1} aria-labelledby="done-heading">
        <h1 id="done-heading">{t('petition.doneTitle')}</h1>
        <p>{t('petition.doneText')}</p>
        <dl className="facts">
          <dt>{t('case.number')}</dt>
          <dd data-testid="case-number">{result.number}</dd>
          <dt>{t('case.trackingCode')}</dt>
          <dd data-testid="tracking-code" className="code">
            {result.trackingCode}
          </dd>
          <dt>{t('case.dueOn')}</dt>
          <dd>{formatDate(result.dueOn, lang)}</dd>
        </dl>
        <p className="notice">{t('petition.codeOnce')}</p>
        <Link className="button" to={`/${lang}/status?number=${encodeURIComponent(result.number)}`}>
          {t('nav.track')}
        </Link>
      </div>
    );
  }

  const errors = result && !result.ok ? result.errors : {};
  const values = result && !result.ok ? result.values : {};
  const err = (field: string) => (errors[field] ? t(`form.error.${errors[field]}`, { field: t(`petition.field.${field}`) }) : undefined);

  return (
    <>
      <h1>{t('petition.title')}</h1>
      <p className="lead">{t('petition.intro')}</p>
      <ErrorSummary
        ref={summaryRef}
        errors={Object.fromEntries(Object.keys(errors).map((f) => [f, err(f)]))}
        formError={result && !result.ok ? result.formError : null}
      />
      <Form method="post" encType="multipart/form-data" className="form" noValidate>
        <CsrfInput />
        <fieldset>
          <legend>{t('petition.aboutYou')}</legend>
          <Field name="name" label={t('petition.field.name')} error={err('name')} required>
            {(p) => <input {...p} type="text" autoComplete="name" defaultValue={values.name} />}
          </Field>
          <Field name="email" label={t('petition.field.email')} hint={t('petition.emailHint')} error={err('email')}>
            {(p) => <input {...p} type="email" autoComplete="email" defaultValue={values.email} />}
          </Field>
          <Field name="phone" label={t('petition.field.phone')} error={err('phone')}>
            {(p) => <input {...p} type="tel" autoComplete="tel" defaultValue={values.phone} />}
          </Field>
          <Field name="address" label={t('petition.field.address')} error={err('address')}>
            {(p) => <input {...p} type="text" autoComplete="street-address" defaultValue={values.address} />}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('petition.yourPetition')}</legend>
          <Field name="serviceSlug" label={t('petition.field.serviceSlug')} hint={t('petition.topicHint')} error={err('serviceSlug')}>
            {(p) => (
              <select {...p} defaultValue={values.serviceSlug ?? ''}>
                <option value="">{t('petition.topicUnknown')}</option>
                {topics.map((g) => (
                  <optgroup key={g.department} label={g.department}>
                    {g.services.map((s) => (
                      <option key={s.slug} value={s.slug}>
                        {s.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <Field name="kind" label={t('petition.field.kind')} error={err('kind')} required>
            {(p) => (
              <select {...p} defaultValue={values.kind ?? 'request'}>
                <option value="request">{t('kind.request')}</option>
                <option value="complaint">{t('kind.complaint')}</option>
                <option value="information_request">{t('kind.information_request')}</option>
              </select>
            )}
          </Field>
          <Field name="subject" label={t('petition.field.subject')} error={err('subject')} required>
            {(p) => <input {...p} type="text" maxLength={200} defaultValue={values.subject} />}
          </Field>
          <Field name="body" label={t('petition.field.body')} error={err('body')} required>
            {(p) => <textarea {...p} rows={10} maxLength={20000} defaultValue={values.body} />}
          </Field>
          <Field name="files" label={t('petition.field.files')} hint={t('petition.filesHint', { count: maxFiles, mb: maxMb })} error={err('files')}>
            {(p) => <input {...p} type="file" multiple accept="application/pdf,image/jpeg,image/png,image/tiff" />}
          </Field>
        </fieldset>
        <div className={`field checkbox${errors.consent ? ' has-error' : ''}`}>
          {errors.consent ? (
            <p id="f-consent-error" className="error-text">
              {t('form.error.consent')}
            </p>
          ) : null}
          <input
            id="f-consent"
            type="checkbox"
            name="consent"
            value="yes"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'f-consent-error' : undefined}
          />
          <label htmlFor="f-consent">{t('petition.consent')}</label>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('form.sending') : t('petition.submit')}
        </button>
      </Form>
    </>
  );
}
