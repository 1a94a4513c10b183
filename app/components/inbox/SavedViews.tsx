import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../CsrfInput';
import { useInbox } from './use-inbox';

/** The person's own named views, and saving the current one. */
export function SavedViews() {
  const { t } = useTranslation();
  const { saved, queryString } = useInbox();
  return (
    <section className="saved-views" aria-labelledby="saved-title">
      <h2 id="saved-title">{t('inbox.saved.title')}</h2>
      {saved.length === 0 ? (
        <p className="hint">{t('inbox.saved.none')}</p>
      ) : (
        <ul>
          {saved.map((v) => (
            <li key={v.id}>
              <Link to={`?${v.query}`}>{v.name}</Link>
              <Form method="post" className="inline">
                <CsrfInput />
                <input type="hidden" name="intent" value="deleteView" />
                <input type="hidden" name="id" value={v.id} />
                <button type="submit" className="link-button" aria-label={t('inbox.saved.delete', { name: v.name })}>
                  {t('inbox.saved.deleteShort')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="save-view">
        <CsrfInput />
        <input type="hidden" name="intent" value="saveView" />
        <input type="hidden" name="query" value={queryString} />
        <label htmlFor="saved-name">{t('inbox.saved.name')}</label>
        <input id="saved-name" name="name" maxLength={60} required />
        <button type="submit" className="button secondary">
          {t('inbox.saved.save')}
        </button>
      </Form>
    </section>
  );
}
