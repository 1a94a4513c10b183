import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SERVED_LANGUAGES } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { ROLES, userUpdateSchema } from '../.server/domain';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, ['admin']);
  const [users, departments] = await Promise.all([
    orHttpError(() => context.services.auth.listUsers(user)),
    context.services.departments.listDepartments(),
  ]);
  const t = await translator(user.locale);
  return {
    title: t('admin.usersTitle'),
    users: users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId, active: u.active })),
    departments: departments.map((d) => ({ id: d.id, name: d.names[user.locale] })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, context, ['admin']);
  const formData = await orHttpError(() => readForm(request, context));
  const departmentId = String(formData.get('departmentId') ?? '') || null;
  try {
    if (formData.get('intent') === 'add') {
      await context.services.auth.addUser(admin, {
        email: String(formData.get('email') ?? ''),
        name: String(formData.get('name') ?? ''),
        role: String(formData.get('role') ?? '') as (typeof ROLES)[number],
        departmentId,
        locale: String(formData.get('locale') ?? 'lt') as (typeof SERVED_LANGUAGES)[number],
        password: String(formData.get('password') ?? ''),
      });
      return { ok: true, message: 'admin.userAdded' };
    }
    const parsed = userUpdateSchema.safeParse({
      name: formData.get('name'),
      role: formData.get('role'),
      departmentId,
      active: formData.get('active') === 'yes',
    });
    if (!parsed.success) return { ok: false, message: 'errors.invalid_input' };
    await context.services.auth.updateUser(admin, String(formData.get('id') ?? ''), parsed.data);
    return { ok: true, message: 'admin.userSaved' };
  } catch (error) {
    return { ok: false, message: inlineErrorKey(error, ['invalid_input', 'conflict', 'not_found']) };
  }
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { users, departments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const deptOptions = (
    <>
      <option value="">{t('admin.noDepartment')}</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </>
  );
  return (
    <>
      <h1>{t('admin.usersTitle')}</h1>
      {result ? (
        <div className={result.ok ? 'flash' : 'error-summary'} role={result.ok ? 'status' : 'alert'}>
          <p>{t(result.message)}</p>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="cases">
          <caption className="visually-hidden">{t('admin.usersTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('login.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('case.department')}</th>
              <th scope="col">{t('admin.active')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Form method="post" id={`user-${u.id}`}>
                    <CsrfInput />
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="id" value={u.id} />
                  </Form>
                  <label className="visually-hidden" htmlFor={`name-${u.id}`}>
                    {t('admin.name')}
                  </label>
                  <input id={`name-${u.id}`} form={`user-${u.id}`} name="name" defaultValue={u.name} />
                </td>
                <td>{u.email}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                    {t('admin.role')}
                  </label>
                  <select id={`role-${u.id}`} form={`user-${u.id}`} name="role" defaultValue={u.role}>
                    {ROLE_OPTIONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`dept-${u.id}`}>
                    {t('case.department')}
                  </label>
                  <select id={`dept-${u.id}`} form={`user-${u.id}`} name="departmentId" defaultValue={u.departmentId ?? ''}>
                    {deptOptions}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    form={`user-${u.id}`}
                    name="active"
                    value="yes"
                    defaultChecked={u.active}
                    aria-label={`${t('admin.active')}: ${u.name}`}
                  />
                </td>
                <td>
                  <button type="submit" form={`user-${u.id}`} className="button small">
                    {t('admin.save')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-user" className="panel">
        <h2 id="add-user">{t('admin.addUser')}</h2>
        <Form method="post" className="form grid">
          <CsrfInput />
          <input type="hidden" name="intent" value="add" />
          <label htmlFor="new-name">{t('admin.name')}</label>
          <input id="new-name" name="name" required />
          <label htmlFor="new-email">{t('login.email')}</label>
          <input id="new-email" name="email" type="email" required />
          <label htmlFor="new-role">{t('admin.role')}</label>
          <select id="new-role" name="role" defaultValue="clerk">
            {ROLE_OPTIONS.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          <label htmlFor="new-dept">{t('case.department')}</label>
          <select id="new-dept" name="departmentId">
            {deptOptions}
          </select>
          <label htmlFor="new-locale">{t('nav.language')}</label>
          <select id="new-locale" name="locale" defaultValue="lt">
            {SERVED_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGES[l].endonym}
              </option>
            ))}
          </select>
          <label htmlFor="new-password">{t('admin.initialPassword')}</label>
          <input id="new-password" name="password" type="password" minLength={12} autoComplete="new-password" required />
          <button type="submit" className="button">
            {t('admin.addUser')}
          </button>
        </Form>
      </section>
    </>
  );
}

const ROLE_OPTIONS = ['clerk', 'manager', 'admin', 'registry'] as const;
