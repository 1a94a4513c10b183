import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SERVED_LANGUAGES } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { CsrfInput } from '../components/CsrfInput';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const [departments, unread, waiting] = await Promise.all([
    context.services.departments.listDepartments(),
    context.services.staffNotifications.countUnreadNotifications(user),
    context.services.replies.countApprovalQueue(user),
  ]);
  const department = departments.find((d) => d.id === user.departmentId);
  return {
    user: { name: user.name, role: user.role, locale: user.locale, department: department ? department.names[user.locale] : null },
    counts: { unread, waiting },
  };
}

export default function StaffLayout() {
  const { t } = useTranslation();
  const { user, counts } = useLoaderData<typeof loader>();
  const isManager = user.role === 'manager' || user.role === 'admin';
  return (
    <>
      <header className="site-header staff">
        <div className="header-inner">
          <a className="brand" href="/staff">
            <span className="brand-mark" aria-hidden="true">
              V
            </span>
            <span>
              <span className="brand-name">{t('brand.desk')}</span>
              <span className="brand-sub">{t('brand.staff')}</span>
            </span>
          </a>
          <div className="user-box">
            <span>
              {user.name} · {t(`role.${user.role}`)}
              {user.department ? ` · ${user.department}` : ''}
            </span>
            <Form method="post" action="/staff/preferences" className="inline-form">
              <CsrfInput />
              <label htmlFor="staff-locale" className="visually-hidden">
                {t('nav.language')}
              </label>
              <select id="staff-locale" name="locale" defaultValue={user.locale}>
                {SERVED_LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANGUAGES[l].endonym}
                  </option>
                ))}
              </select>
              <button type="submit" className="button small secondary">
                {t('staff.changeLanguage')}
              </button>
            </Form>
            <Form method="post" action="/staff/logout" className="inline-form">
              <CsrfInput />
              <button type="submit" className="button small secondary">
                {t('nav.signOut')}
              </button>
            </Form>
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            <li>
              <NavLink to="/staff" end>
                {t('nav.inbox')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/staff/intake">{t('nav.intake')}</NavLink>
            </li>
            <li>
              <NavLink to="/staff/dispatch">{t('dispatch.title')}</NavLink>
            </li>
            <li>
              {/* Only the booking screen itself: the report has its own link, and two links never both say "this page". */}
              <NavLink to="/staff/visits" end>
                {t('visits.nav')}
              </NavLink>
            </li>
            {isManager ? (
              <li>
                <NavLink to="/staff/deadlines">{t('nav.deadlines')}</NavLink>
              </li>
            ) : null}
            {isManager ? (
              <li>
                <NavLink to="/staff/reports">{t('reports.nav')}</NavLink>
              </li>
            ) : null}
            {isManager ? (
              <li>
                <NavLink to="/staff/campaigns">{t('nav.campaigns')}</NavLink>
              </li>
            ) : null}
            {isManager ? (
              <li>
                <NavLink to="/staff/visits/report">{t('visits.navReport')}</NavLink>
              </li>
            ) : null}
            {isManager ? (
              <li>
                <NavLink to="/staff/approvals" data-testid="approvals-link">
                  {t('approvals.nav', { n: counts.waiting })}
                </NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/staff/notifications" data-testid="notifications-link">
                {t('staffNotifications.title')}
                {counts.unread > 0 ? (
                  <>
                    <span className="count-badge" aria-hidden="true" data-testid="unread-badge">
                      {counts.unread}
                    </span>
                    <span className="visually-hidden">{t('staffNotifications.unreadCount', { count: counts.unread })}</span>
                  </>
                ) : null}
              </NavLink>
            </li>
            {user.role === 'admin' ? (
              <>
                <li>
                  <NavLink to="/staff/admin/users">{t('nav.users')}</NavLink>
                </li>
                <li>
                  <NavLink to="/staff/admin/departments">{t('nav.departments')}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="main" className="page wide">
        <Outlet />
      </main>
    </>
  );
}
