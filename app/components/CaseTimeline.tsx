import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from './CsrfInput';
import { formatDateTime } from '../format';
import type { Lang } from '../../server/languages';

export interface TimelineEntry {
  key: string;
  type: string;
  at: string;
  status?: string;
  /** Staff view only: who did it and what they wrote. */
  actor?: string | null;
  detail?: string | null;
  internal?: boolean;
  /** Staff view only: an unverified message a clerk may accept as the petitioner's. */
  acceptable?: boolean;
}

export function CaseTimeline({ entries, lang }: { entries: TimelineEntry[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.key} className={e.internal ? 'internal' : undefined}>
          <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>{' '}
          <strong>{t(`event.${e.type}`)}</strong>
          {e.status ? <> — {t(`status.${e.status}`)}</> : null}
          {e.actor ? <span className="muted"> · {e.actor}</span> : null}
          {e.detail ? <p className="event-detail">{e.detail}</p> : null}
          {e.acceptable ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="intent" value="acceptFollowUp" />
              <input type="hidden" name="eventId" value={e.key} />
              <button type="submit" className="button small secondary">{t('case.acceptFollowUp')}</button>
            </Form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
