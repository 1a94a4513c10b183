/**
 * One campaign (managers): its letters, the ones taken out, adding a letter by number, and one reply to
 * all its open letters. Choosing a template (a GET form, so it works without JavaScript) shows one field
 * per language the open letters are answered in for each of the manager's words the template uses;
 * sending queues a letter per member (server/replies/campaign-reply.ts). The replies sent so far are
 * listed with what became of each letter; while letters are still queued the page refreshes itself.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SERVED_LANGUAGES, type Lang } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, formatDateTime } from '../format';
import { titleFromLoader } from '../meta';
import { CAMPAIGN_ROLES } from '../components/duplicates/campaign-roles';

export const meta = titleFromLoader;

const WORDS = ['decision_text', 'decision_reason', 'appointment', 'competent_institution'] as const;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, CAMPAIGN_ROLES);
  const id = params.id ?? '';
  const [campaign, form, replies, departments, t] = await Promise.all([
    orHttpError(() => context.services.duplicates.getCampaign(user, id)),
    orHttpError(() => context.services.duplicates.campaignReplyForm(user, id, user.locale)),
    orHttpError(() => context.services.duplicates.listCampaignReplies(user, id)),
    context.services.departments.listDepartments(),
    translator(user.locale),
  ]);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  const chosen = new URL(request.url).searchParams.get('template');
  const template = form.templates.find((tp) => tp.id === chosen) ?? null;
  const titles = new Map(form.templates.map((tp) => [tp.id, tp.title]));
  const member = (m: (typeof campaign.list)[number]) => ({
    number: m.number,
    subject: m.subject,
    status: m.status,
    department: m.departmentId ? (names.get(m.departmentId) ?? m.departmentId) : t('inbox.triage'),
    replyLanguage: m.replyLanguage,
    petitionerName: m.petitionerName,
    receivedAt: m.receivedAt,
    percent: m.percent,
    addedByDesk: m.addedByDesk,
  });
  return {
    title: `${t('campaigns.one')}: ${campaign.title || t('case.noSubject')}`,
    locale: user.locale,
    campaign: {
      id: campaign.id,
      title: campaign.title,
      open: campaign.open,
      languages: campaign.languages,
      firstReceivedAt: campaign.firstReceivedAt,
      lastReceivedAt: campaign.lastReceivedAt,
      list: campaign.list.map(member),
      removed: campaign.removed.map(member),
    },
    form: { languages: form.languages, templates: form.templates.map((tp) => ({ id: tp.id, title: tp.title })), open: form.open },
    template,
    replies: replies.map((r) => ({ ...r, templateTitle: titles.get(r.templateId) ?? r.templateId })),
  };
}

function textsFrom(formData: FormData): Partial<Record<Lang, Partial<Record<(typeof WORDS)[number], string>>>> {
  const texts: Partial<Record<Lang, Partial<Record<(typeof WORDS)[number], string>>>> = {};
  for (const lang of SERVED_LANGUAGES) {
    for (const word of WORDS) {
      const value = formData.get(`text:${lang}:${word}`);
      if (typeof value === 'string') (texts[lang] ??= {})[word] = value;
    }
  }
  return texts;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, CAMPAIGN_ROLES);
  const id = params.id ?? '';
  const formData = await orHttpError(() => readForm(request, context));
  const intent = formData.get('intent');
  const number = String(formData.get('number') ?? '');
  try {
    switch (intent) {
      case 'remove':
        await context.services.duplicates.removeFromCampaign(user, id, { number });
        return { ok: true, message: 'campaigns.removed' };
      case 'add':
        await context.services.duplicates.addToCampaign(user, id, { number });
        return { ok: true, message: 'campaigns.added' };
      case 'resume': {
        await context.services.duplicates.resumeCampaignReply(user, String(formData.get('replyId') ?? ''));
        return { ok: true, message: 'campaigns.reply.resumed' };
      }
      case 'reply': {
        const started = await context.services.duplicates.startCampaignReply(user, id, { templateId: String(formData.get('templateId') ?? ''), texts: textsFrom(formData) });
        return redirect(`/staff/campaigns/${id}?replied=${started.id}#campaign-replies`);
      }
      default:
        return { ok: false, error: 'errors.invalid_input' };
    }
  } catch (error) {
    return { ok: false, error: inlineErrorKey(error, ['invalid_input', 'conflict']) };
  }
}

function MemberTable({ id, caption, rows, locale, action }: { id: string; caption: string; rows: ReturnType<typeof useLoaderData<typeof loader>>['campaign']['list']; locale: Lang; action: 'remove' | 'add' }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="summary" data-testid={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseLinks.columns.number')}</th>
            <th scope="col">{t('similar.columns.petitioner')}</th>
            <th scope="col">{t('campaigns.columns.replyLanguage')}</th>
            <th scope="col">{t('caseLinks.columns.status')}</th>
            <th scope="col">{t('campaigns.columns.departments')}</th>
            <th scope="col">{t('caseLinks.columns.received')}</th>
            <th scope="col">{t('campaigns.columns.found')}</th>
            <th scope="col">{t('caseLinks.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.number}>
              <td className="case-number-cell">
                <Link to={`/staff/cases/${m.number}`}>{m.number}</Link>
              </td>
              <td className="wrap-anywhere">{m.petitionerName}</td>
              <td lang={m.replyLanguage}>{LANGUAGES[m.replyLanguage].endonym}</td>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <td className="wrap-anywhere">{m.department}</td>
              <td>{formatDate(m.receivedAt.slice(0, 10), locale)}</td>
              <td>{m.addedByDesk ? t('campaigns.foundByDesk', { percent: m.percent }) : t('campaigns.addedByHand')}</td>
              <td>
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value={action} />
                  <input type="hidden" name="number" value={m.number} />
                  <button type="submit" className="button small secondary">
                    {t(action === 'remove' ? 'campaigns.remove' : 'campaigns.restore', { number: m.number })}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function CampaignPage() {
  const { t } = useTranslation();
  const { campaign, locale, form, template, replies } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const revalidator = useRevalidator();
  const pending = replies.some((r) => r.counts.queued > 0);
  // Letters are written by jobs: while some are queued, the outcomes are read again every two seconds.
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      if (revalidator.state === 'idle') revalidator.revalidate();
    }, 2000);
    return () => clearInterval(timer);
  }, [pending, revalidator]);
  return (
    <>
      <p>
        <Link to="/staff/campaigns">{t('campaigns.back')}</Link>
      </p>
      <h1 className="wrap-anywhere">{campaign.title || t('case.noSubject')}</h1>
      <p className="lead">
        {t('campaigns.summary', { count: campaign.list.length, open: campaign.open })}{' '}
        {campaign.firstReceivedAt
          ? t('campaigns.receivedRange', { from: formatDate(campaign.firstReceivedAt.slice(0, 10), locale), to: formatDate(campaign.lastReceivedAt.slice(0, 10), locale) })
          : null}
      </p>
      {result && 'ok' in result ? (
        <div className={result.ok ? 'flash' : 'error-summary'} role={result.ok ? 'status' : 'alert'} data-testid="campaign-result">
          <p>{t(String(result.ok ? result.message : result.error))}</p>
        </div>
      ) : null}

      <section aria-labelledby="members-heading" className="panel">
        <h2 id="members-heading">{t('campaigns.members')}</h2>
        <MemberTable id="campaign-members" caption={t('campaigns.membersCaption')} rows={campaign.list} locale={locale} action="remove" />
        {campaign.removed.length > 0 ? <MemberTable id="campaign-removed" caption={t('campaigns.removedCaption')} rows={campaign.removed} locale={locale} action="add" /> : null}
        <Form method="post" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="add" />
          <label htmlFor="campaign-add">{t('campaigns.addLabel')}</label>
          <input id="campaign-add" name="number" type="text" autoComplete="off" required maxLength={40} aria-describedby="campaign-add-hint" />
          <p className="muted" id="campaign-add-hint">
            {t('campaigns.addHint')}
          </p>
          <button type="submit" className="button small secondary">
            {t('campaigns.add')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="reply-heading" className="panel" data-testid="campaign-reply">
        <h2 id="reply-heading">{t('campaigns.reply.title')}</h2>
        {form.open === 0 ? (
          <p>{t('campaigns.reply.nothingOpen')}</p>
        ) : (
          <>
            <p>
              {t('campaigns.reply.intro', { count: form.open })}{' '}
              {form.languages.map((l) => `${LANGUAGES[l.language].endonym}: ${l.count}`).join(', ')}
            </p>
            <Form method="get" className="stack">
              <label htmlFor="campaign-template">{t('campaigns.reply.template')}</label>
              <select id="campaign-template" name="template" defaultValue={template?.id ?? ''} required>
                <option value="" disabled>
                  {t('campaigns.reply.chooseTemplate')}
                </option>
                {form.templates.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.title}
                  </option>
                ))}
              </select>
              <button type="submit" className="button small secondary">
                {t('campaigns.reply.choose')}
              </button>
            </Form>
            {template ? (
              <Form method="post" className="stack" data-testid="campaign-reply-form">
                <CsrfInput />
                <input type="hidden" name="intent" value="reply" />
                <input type="hidden" name="templateId" value={template.id} />
                {form.languages.map((l) => (
                  <fieldset key={l.language} lang={l.language}>
                    <legend lang={locale}>{t('campaigns.reply.inLanguage', { language: LANGUAGES[l.language].endonym, count: l.count })}</legend>
                    {template.words.map((w) => (
                      <div key={w} className="field">
                        <label htmlFor={`text-${l.language}-${w}`} lang={locale}>
                          {t(`campaigns.words.${w}`)}
                        </label>
                        <textarea id={`text-${l.language}-${w}`} name={`text:${l.language}:${w}`} rows={4} required maxLength={4000} />
                      </div>
                    ))}
                  </fieldset>
                ))}
                <p className="muted">{t('campaigns.reply.each')}</p>
                <button type="submit" className="button">
                  {t('campaigns.reply.send', { count: form.open })}
                </button>
              </Form>
            ) : null}
          </>
        )}
      </section>

      {replies.length > 0 ? (
        <section aria-labelledby="campaign-replies" className="panel" data-testid="campaign-replies">
          <h2 id="campaign-replies">{t('campaigns.reply.sent')}</h2>
          {replies.map((r) => (
            <div key={r.id} className="stack">
              <p role="status">
                {formatDateTime(r.createdAt, locale)} · {r.templateTitle} ·{' '}
                {(['sent', 'awaiting_approval', 'draft', 'queued', 'skipped'] as const)
                  .filter((k) => r.counts[k] > 0)
                  .map((k) => t(`campaigns.outcome.${k}`) + `: ${r.counts[k]}`)
                  .join(', ')}
              </p>
              {r.counts.queued > 0 ? (
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="resume" />
                  <input type="hidden" name="replyId" value={r.id} />
                  <button type="submit" className="button small secondary">
                    {t('campaigns.reply.resume')}
                  </button>
                </Form>
              ) : null}
              <div className="table-scroll" role="region" aria-labelledby={`letters-${r.id}`} tabIndex={0}>
                <table className="summary" data-testid="campaign-letters">
                  <caption id={`letters-${r.id}`}>{t('campaigns.reply.letters')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('caseLinks.columns.number')}</th>
                      <th scope="col">{t('similar.columns.petitioner')}</th>
                      <th scope="col">{t('campaigns.columns.replyLanguage')}</th>
                      <th scope="col">{t('campaigns.columns.outcome')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.letters.map((l) => (
                      <tr key={l.number}>
                        <td className="case-number-cell">
                          <Link to={`/staff/cases/${l.number}`}>{l.number}</Link>
                        </td>
                        <td className="wrap-anywhere">{l.petitionerName}</td>
                        <td lang={l.language}>{LANGUAGES[l.language].endonym}</td>
                        <td className="wrap-anywhere">
                          {t(`campaigns.outcome.${l.outcome}`)}
                          {l.detail && l.outcome !== 'sent' ? ` (${l.detail})` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
