import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SERVED_LANGUAGES } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { departmentUpdateSchema } from '../.server/domain';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, ['admin']);
  const [departments, catalogue] = await Promise.all([
    context.services.departments.listDepartments(),
    context.services.departments.listServiceCatalogue(),
  ]);
  const t = await translator(user.locale);
  return {
    title: t('admin.departmentsTitle'),
    departments: departments.map((d) => ({
      ...d,
      services: catalogue.filter((s) => s.departmentId === d.id).map((s) => s.texts[user.locale].name),
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, context, ['admin']);
  const formData = await orHttpError(() => readForm(request, context));
  const parsed = departmentUpdateSchema.safeParse({
    legalName: formData.get('legalName'),
    email: formData.get('email'),
    active: formData.get('active') === 'yes',
    fourEyes: formData.get('fourEyes') === 'yes',
    names: Object.fromEntries(SERVED_LANGUAGES.map((l) => [l, formData.get(`name_${l}`)])),
  });
  if (!parsed.success) return { ok: false, message: 'errors.invalid_input' };
  try {
    await context.services.departments.updateDepartment(admin, String(formData.get('id') ?? ''), parsed.data);
    return { ok: true, message: 'admin.departmentSaved' };
  } catch (error) {
    return { ok: false, message: inlineErrorKey(error, ['invalid_input', 'not_found']) };
  }
}

export default function DepartmentsPage() {
  const { t } = useTranslation();
  const { departments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>{t('admin.departmentsTitle')}</h1>
      {result ? (
        <div className={result.ok ? 'flash' : 'error-summary'} role={result.ok ? 'status' : 'alert'}>
          <p>{t(result.message)}</p>
        </div>
      ) : null}
      {departments.map((d) => (
        <section key={d.id} className="panel" aria-labelledby={`d-${d.id}`}>
          <h2 id={`d-${d.id}`}>{d.legalName}</h2>
          <Form method="post" className="form grid">
            <CsrfInput />
            <input type="hidden" name="id" value={d.id} />
            <label htmlFor={`legal-${d.id}`}>{t('admin.legalName')}</label>
            <input id={`legal-${d.id}`} name="legalName" defaultValue={d.legalName} required />
            {SERVED_LANGUAGES.map((l) => (
              <span key={l} className="contents">
                <label htmlFor={`name-${d.id}-${l}`}>
                  {t('admin.nameIn', { language: LANGUAGES[l].endonym })}
                </label>
                <input id={`name-${d.id}-${l}`} name={`name_${l}`} lang={l} defaultValue={d.names[l]} required />
              </span>
            ))}
            <label htmlFor={`email-${d.id}`}>{t('admin.contactEmail')}</label>
            <input id={`email-${d.id}`} name="email" type="email" defaultValue={d.email} required />
            <span className="contents">
              <label htmlFor={`active-${d.id}`}>{t('admin.takesCases')}</label>
              <input id={`active-${d.id}`} type="checkbox" name="active" value="yes" defaultChecked={d.active} />
            </span>
            <span className="contents">
              <label htmlFor={`four-eyes-${d.id}`}>{t('admin.fourEyes')}</label>
              <input id={`four-eyes-${d.id}`} type="checkbox" name="fourEyes" value="yes" defaultChecked={d.fourEyes} />
            </span>
            <button type="submit" className="button small">
              {t('admin.save')}
            </button>
          </Form>
          <details>
            <summary>{t('admin.services', { count: d.services.length })}</summary>
            <ul>
              {d.services.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </details>
        </section>
      ))}
    </>
  );
}
