import { Form } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { CsrfInput } from '../CsrfInput';
import type { DayOption, SlotGroup } from './booking-view';
import { DayPicker } from './DayPicker';
import { SlotPicker } from './SlotPicker';
import { VisitFacts, type ConfirmedVisit } from './VisitConfirmation';

export interface ManageView {
  stage: 'visit';
  reference: string;
  code: string;
  visit: ConfirmedVisit & { status: string };
  canChange: boolean;
  confirmCancel: boolean;
  moving: boolean;
  days: DayOption[];
  date: string | null;
  slots: SlotGroup[];
  done: 'cancelled' | 'moved' | null;
  formError: string | null;
  slotMissing: boolean;
}

/** The reference and code the resident gave, carried by every form of the page (never in an address). */
function Pair({ view, intent }: { view: ManageView; intent: string }) {
  return (
    <>
      <CsrfInput />
      <input type="hidden" name="reference" value={view.reference} />
      <input type="hidden" name="code" value={view.code} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
}

/** The resident's visit with what may be done to it: cancel (asked twice), or move to a free time. */
export function ManagedVisit({ view, lang }: { view: ManageView; lang: Lang }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const stamp = `${view.done}:${view.confirmCancel}:${view.moving}:${view.date}:${view.visit.start}`;
  useEffect(() => {
    (view.formError ? alertRef.current : headingRef.current)?.focus();
  }, [stamp, view.formError]);
  return (
    <div className="visit-manage">
      <h1 ref={headingRef} tabIndex={-1} data-testid="manage-heading">
        {t('visits.manage.yourVisit')} <span className="case-no visit-ref">{view.reference}</span>
      </h1>
      {view.done ? (
        <p className="flash" role="status" data-testid="manage-done">
          {t(view.done === 'cancelled' ? 'visits.manage.cancelled' : 'visits.manage.moved')}
        </p>
      ) : null}
      {view.formError ? (
        <div className="error-summary" role="alert" ref={alertRef} tabIndex={-1} data-testid="visit-error">
          <p>{t(view.formError)}</p>
        </div>
      ) : null}
      <div className="panel">
        <p>
          <span className={`badge visit-status-${view.visit.status}`} data-testid="visit-status">
            {t(`visits.status.${view.visit.status}`)}
          </span>
        </p>
        <VisitFacts visit={view.visit} lang={lang} />
      </div>
      {!view.canChange ? (
        view.done ? null : (
          <p className="notice">{t('visits.manage.notActive')}</p>
        )
      ) : view.confirmCancel ? (
        <section className="panel" aria-labelledby="cancel-ask">
          <h2 id="cancel-ask">{t('visits.manage.cancel')}</h2>
          <p>{t('visits.manage.cancelAsk')}</p>
          <div className="button-row">
            <Form method="post">
              <Pair view={view} intent="cancel" />
              <button type="submit" className="button" data-testid="cancel-yes">
                {t('visits.manage.cancelYes')}
              </button>
            </Form>
            <Form method="post">
              <Pair view={view} intent="find" />
              <button type="submit" className="button secondary">
                {t('visits.manage.keep')}
              </button>
            </Form>
          </div>
        </section>
      ) : view.moving ? (
        <section className="panel" aria-labelledby="move-heading">
          <h2 id="move-heading">{t('visits.manage.move')}</h2>
          <DayPicker days={view.days} date={view.date} lang={lang} method="post">
            <Pair view={view} intent="showMove" />
          </DayPicker>
          <Form method="post" className="form">
            <Pair view={view} intent="move" />
            <SlotPicker
              groups={view.slots}
              legend={t('visits.when')}
              error={view.slotMissing ? t('form.error.required', { field: t('visits.when') }) : undefined}
            />
            {view.slots.length > 0 ? (
              <button type="submit" className="button" data-testid="move-visit">
                {t('visits.manage.moveTo')}
              </button>
            ) : null}
          </Form>
        </section>
      ) : (
        <div className="button-row">
          <Form method="post">
            <Pair view={view} intent="showMove" />
            <button type="submit" className="button secondary" data-testid="show-move">
              {t('visits.manage.move')}
            </button>
          </Form>
          <Form method="post">
            <Pair view={view} intent="askCancel" />
            <button type="submit" className="button" data-testid="cancel-visit">
              {t('visits.manage.cancel')}
            </button>
          </Form>
        </div>
      )}
    </div>
  );
}
