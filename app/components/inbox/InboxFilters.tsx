import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SERVED_LANGUAGES } from '../../../server/languages';
import { useInbox } from './use-inbox';

const STATUSES = ['received', 'needs_review', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'answered', 'forwarded', 'closed'] as const;
const CHANNELS = ['web', 'email', 'letter', 'in_person', 'phone'] as const;
const KINDS = ['request', 'complaint', 'information_request'] as const;
const DEADLINES = ['overdue', 'due-soon', 'on-track', 'paused'] as const;

/**
 * The search box and the filters: one GET form, so every combination is a link (bookmarks, saved
 * views, exports). Without JavaScript it works the same.
 */
export function InboxFilters() {
  const { t } = useTranslation();
  const { query, departments, people, manager, views } = useInbox();
  const status = query.status === 'open' ? 'open' : query.status === 'any' ? 'any' : query.status[0] ?? 'open';
  const sorts = query.q ? ['relevance', 'due', 'received', 'updated'] : ['due', 'received', 'updated'];
  const filtered = Boolean(
    query.q || query.status !== 'open' || query.department || query.assignee || query.language || query.channel || query.kind || query.deadline ||
      query.receivedFrom || query.receivedTo || query.registeredFrom || query.registeredTo,
  );
  return (
    <Form method="get" className="inbox-filters" role="search" aria-label={t('inbox.search')}>
      <input type="hidden" name="view" value={query.view} />
      <div className="search-row">
        <label htmlFor="q">{t('inbox.searchLabel')}</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ''} aria-describedby="q-hint" />
        <p id="q-hint" className="hint">
          {t('inbox.searchHint')}
        </p>
      </div>
      <details open={filtered} className="filters">
        <summary>{t('inbox.filters.title')}</summary>
        <div className="filter-grid">
          <Select name="status" label={t('inbox.filters.status')} value={status}>
            <option value="open">{t('inbox.filters.statusOpen')}</option>
            <option value="any">{t('inbox.filters.statusAny')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </Select>
          {manager && views.includes('all') ? (
            <Select name="department" label={t('case.department')} value={query.department ?? ''}>
              <option value="">{t('inbox.filters.anyDepartment')}</option>
              <option value="none">{t('inbox.triage')}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          ) : null}
          <Select name="assignee" label={t('case.assignee')} value={query.assignee ?? ''}>
            <option value="">{t('inbox.filters.anyone')}</option>
            <option value="me">{t('inbox.filters.me')}</option>
            <option value="none">{t('inbox.filters.unassigned')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select name="language" label={t('case.language')} value={query.language ?? ''}>
            <option value="">{t('inbox.filters.anyLanguage')}</option>
            {SERVED_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </Select>
          <Select name="channel" label={t('inbox.filters.channel')} value={query.channel ?? ''}>
            <option value="">{t('inbox.filters.anyChannel')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </Select>
          <Select name="kind" label={t('inbox.filters.kind')} value={query.kind ?? ''}>
            <option value="">{t('inbox.filters.anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </Select>
          <Select name="deadline" label={t('inbox.filters.deadline')} value={query.deadline ?? ''}>
            <option value="">{t('inbox.filters.anyDeadline')}</option>
            {DEADLINES.map((d) => (
              <option key={d} value={d}>
                {t(`inbox.deadline.${d}`)}
              </option>
            ))}
          </Select>
          <fieldset className="date-range">
            <legend>{t('inbox.filters.received')}</legend>
            <DateField name="receivedFrom" label={t('inbox.filters.from')} value={query.receivedFrom} />
            <DateField name="receivedTo" label={t('inbox.filters.to')} value={query.receivedTo} />
          </fieldset>
          <fieldset className="date-range">
            <legend>{t('inbox.filters.registered')}</legend>
            <DateField name="registeredFrom" label={t('inbox.filters.from')} value={query.registeredFrom} />
            <DateField name="registeredTo" label={t('inbox.filters.to')} value={query.registeredTo} />
          </fieldset>
          <Select name="sort" label={t('inbox.sort.label')} value={query.sort}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`inbox.sort.${s}`)}
              </option>
            ))}
          </Select>
        </div>
      </details>
      <div className="actions">
        <button type="submit" className="button">
          {t('inbox.searchButton')}
        </button>
        {filtered ? <Link to={`?view=${query.view}`}>{t('inbox.filters.clear')}</Link> : null}
      </div>
    </Form>
  );
}

function Select({ name, label, value, children }: { name: string; label: string; value: string; children: React.ReactNode }) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {children}
      </select>
    </div>
  );
}

function DateField({ name, label, value }: { name: string; label: string; value?: string }) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="date" defaultValue={value ?? ''} />
    </div>
  );
}
