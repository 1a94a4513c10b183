/**
 * Campaigns (managers): letters of the same text from several residents, the most recently grown first,
 * keyset-paged. Each row opens the campaign (staff.campaigns_.$id.tsx).
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';
import { translator } from '../.server/i18n.server';
import { formatDate } from '../format';
import { titleFromLoader } from '../meta';
import { CAMPAIGN_ROLES } from '../components/duplicates/campaign-roles';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, CAMPAIGN_ROLES);
  const after = new URL(request.url).searchParams.get('after') ?? undefined;
  const [{ campaigns, next }, departments, t] = await Promise.all([
    orHttpError(() => context.services.duplicates.listCampaigns(user, { after })),
    context.services.departments.listDepartments(),
    translator(user.locale),
  ]);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  return {
    title: t('campaigns.title'),
    locale: user.locale,
    next,
    paged: Boolean(after),
    campaigns: campaigns.map((c) => ({
      id: c.id,
      title: c.title,
      members: c.members,
      open: c.open,
      languages: c.languages,
      departments: c.departments.map((d) => (d ? (names.get(d) ?? d) : t('inbox.triage'))),
      firstReceivedAt: c.firstReceivedAt,
      lastReceivedAt: c.lastReceivedAt,
    })),
  };
}

export default function CampaignsPage() {
  const { t } = useTranslation();
  const { campaigns, locale, next, paged } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('campaigns.title')}</h1>
      <p className="lead">{t('campaigns.intro')}</p>
      {campaigns.length === 0 ? (
        <p data-testid="campaigns-empty">{t('campaigns.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="campaigns-caption" tabIndex={0}>
          <table className="summary" data-testid="campaigns-table">
            <caption id="campaigns-caption">{t('campaigns.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.columns.title')}</th>
                <th scope="col">{t('campaigns.columns.letters')}</th>
                <th scope="col">{t('campaigns.columns.open')}</th>
                <th scope="col">{t('campaigns.columns.languages')}</th>
                <th scope="col">{t('campaigns.columns.departments')}</th>
                <th scope="col">{t('campaigns.columns.received')}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <td className="wrap-anywhere">
                    <Link to={`/staff/campaigns/${c.id}`}>{c.title || t('case.noSubject')}</Link>
                  </td>
                  <td>{c.members}</td>
                  <td>{c.open}</td>
                  <td>{c.languages.map((l) => `${LANGUAGES[l.language].endonym} ${l.count}`).join(', ') || '—'}</td>
                  <td className="wrap-anywhere">{c.departments.join(', ')}</td>
                  <td>
                    {formatDate(c.firstReceivedAt.slice(0, 10), locale)} – {formatDate(c.lastReceivedAt.slice(0, 10), locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t('campaigns.pages')} className="pager">
        {paged ? <Link to="/staff/campaigns">{t('campaigns.first')}</Link> : null}
        {next ? <Link to={`/staff/campaigns?after=${encodeURIComponent(next)}`}>{t('campaigns.next')}</Link> : null}
      </nav>
    </>
  );
}
