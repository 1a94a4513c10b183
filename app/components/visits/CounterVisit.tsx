import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { CsrfInput } from '../CsrfInput';
import { timeOf } from './visit-format';

export interface DayVisit {
  id: string;
  reference: string;
  start: string;
  end: string;
  status: string;
  channel: string;
  serviceName: string;
  person: { name: string; phone: string; email: string | null; language: Lang };
  whyVisit: string | null;
  caseNumber: string | null;
  notes: string | null;
  canNoShow: boolean;
}

function Intent({ visitId, intent }: { visitId: string; intent: string }) {
  return (
    <>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="visitId" value={visitId} />
    </>
  );
}

/** One visit at the counter: who and what, its status, and what the clerk can do next. */
export function CounterVisit({ visit: v }: { visit: DayVisit; lang: Lang }) {
  const { t } = useTranslation();
  const open = v.status === 'booked' || v.status === 'checked_in';
  const id = (part: string) => `${part}-${v.id}`;
  return (
    <li className={`visit-card visit-${v.status}`} aria-labelledby={id('who')} data-testid={`visit-${v.reference}`}>
      <div className="visit-card-head">
        <span className="visit-time">
          {timeOf(v.start)}–{timeOf(v.end)}
        </span>
        <span className={`badge visit-status-${v.status}`} data-testid="visit-status">
          {t(`visits.status.${v.status}`)}
        </span>
      </div>
      <p className="visit-who" id={id('who')}>
        <strong>{v.person.name}</strong> · {v.serviceName}
      </p>
      <p className="muted">
        {v.person.phone}
        {v.person.email ? ` · ${v.person.email}` : ''} · {t(`language.${v.person.language}`)} · {t(`visits.channel.${v.channel}`)} ·{' '}
        <span className="visit-ref">{v.reference}</span>
      </p>
      {v.whyVisit ? (
        <p>
          <strong>{t('visits.day.why')}:</strong> {v.whyVisit}
        </p>
      ) : null}
      {v.caseNumber ? (
        <p>
          <Link to={`/staff/cases/${v.caseNumber}`} data-testid="visit-case">
            {t('visits.day.caseLinked', { number: v.caseNumber })}
          </Link>
        </p>
      ) : null}
      {v.notes ? <p className="visit-notes">{v.notes}</p> : null}
      {v.status === 'booked' ? (
        <div className="button-row">
          <Form method="post">
            <Intent visitId={v.id} intent="checkIn" />
            <button type="submit" className="button small" data-testid="check-in" aria-describedby={id('who')}>
              {t('visits.day.checkIn')}
            </button>
          </Form>
          {v.canNoShow ? (
            <Form method="post">
              <Intent visitId={v.id} intent="noShow" />
              <button type="submit" className="button small secondary" data-testid="no-show" aria-describedby={id('who')}>
                {t('visits.day.noShow')}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
      {v.status === 'checked_in' ? (
        <Form method="post" className="served-form">
          <Intent visitId={v.id} intent="served" />
          <label htmlFor={id('notes')}>{t('visits.field.notes')}</label>
          <textarea id={id('notes')} name="notes" rows={3} />
          <button type="submit" className="button small" data-testid="served" aria-describedby={id('who')}>
            {t('visits.day.markServed')}
          </button>
        </Form>
      ) : null}
      {open && !v.caseNumber ? (
        <details className="visit-case-actions">
          <summary>{t('visits.day.caseActions')}</summary>
          <Form method="post" className="form compact">
            <Intent visitId={v.id} intent="openCase" />
            <h4>{t('visits.day.openCase')}</h4>
            <label htmlFor={id('subject')}>{t('visits.field.subject')}</label>
            <input id={id('subject')} name="subject" type="text" defaultValue={v.serviceName} />
            <label htmlFor={id('body')}>{t('visits.field.body')}</label>
            <textarea id={id('body')} name="body" rows={4} defaultValue={v.whyVisit ?? ''} />
            <button type="submit" className="button small" data-testid="open-case">
              {t('visits.day.openCase')}
            </button>
          </Form>
          <Form method="post" className="form compact">
            <Intent visitId={v.id} intent="linkCase" />
            <h4>{t('visits.day.linkCase')}</h4>
            <label htmlFor={id('case')}>{t('visits.field.caseNumber')}</label>
            <input id={id('case')} name="caseNumber" type="text" autoComplete="off" spellCheck={false} />
            <button type="submit" className="button small secondary" data-testid="link-case">
              {t('visits.day.linkCase')}
            </button>
          </Form>
        </details>
      ) : null}
    </li>
  );
}
