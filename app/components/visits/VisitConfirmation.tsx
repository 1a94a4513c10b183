import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { formatVisitTime } from './visit-format';

export interface ConfirmedVisit {
  reference: string;
  code: string | null;
  start: string;
  end: string;
  serviceName: string;
  pointName: string;
  address: string;
  counter: number;
}

/**
 * The booked visit with its reference and code set large, to read out over the phone or write
 * down; it takes the focus when shown, so a screen reader reads it at once.
 */
export function VisitConfirmation({ visit, title, lang, children }: { visit: ConfirmedVisit; title: string; lang: Lang; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [visit.reference]);
  return (
    <section className="confirmation visit-confirmation" aria-labelledby="visit-confirmed" data-testid="visit-confirmation">
      <h2 id="visit-confirmed" ref={ref} tabIndex={-1}>
        {title}
      </h2>
      <dl className="visit-codes">
        <div>
          <dt>{t('visits.field.reference')}</dt>
          <dd className="visit-big" data-testid="visit-reference">
            {visit.reference}
          </dd>
        </div>
        {visit.code ? (
          <div>
            <dt>{t('visits.field.code')}</dt>
            <dd className="visit-big visit-code" data-testid="visit-code">
              {visit.code}
            </dd>
          </div>
        ) : null}
      </dl>
      <VisitFacts visit={visit} lang={lang} />
      {children}
    </section>
  );
}

export function VisitFacts({ visit, lang }: { visit: Omit<ConfirmedVisit, 'code' | 'reference'>; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('visits.service')}</dt>
      <dd>{visit.serviceName}</dd>
      <dt>{t('visits.when')}</dt>
      <dd data-testid="visit-when">{formatVisitTime(visit.start, visit.end, lang)}</dd>
      <dt>{t('visits.where')}</dt>
      <dd>
        {visit.pointName}, {visit.address} · {t('visits.counter', { n: visit.counter })}
      </dd>
    </dl>
  );
}
