import { useRevalidator } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_FORM_ID } from './BulkActions';

/**
 * New and changed cases appear without a reload: the page listens to /staff/inbox/events (server-sent
 * events; each web process reads the database, so it sees every machine's intake) and reloads its data
 * when the mark moves, unless the person is in the middle of a selection. A polite live region says so.
 */
export function LiveInbox({ mark }: { mark: string }) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const [announce, setAnnounce] = useState('');
  const current = useRef(mark);
  current.current = mark;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/staff/inbox/events');
    source.addEventListener('change', (e) => {
      const next = (e as MessageEvent<string>).data;
      if (next === current.current) return;
      const selecting = document.querySelector(`input[form="${BULK_FORM_ID}"]:checked`) !== null;
      if (selecting) {
        setAnnounce(t('inbox.live.pending'));
        return;
      }
      revalidator.revalidate();
      setAnnounce(t('inbox.live.updated'));
    });
    return () => source.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="inbox-live">
      {announce}
    </p>
  );
}
