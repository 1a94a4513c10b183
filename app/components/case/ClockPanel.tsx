/**
 * The legal clock of a case (routes/staff.cases.$number.tsx): whether it runs, which rule set the due date
 * and on what legal basis, since when it has stood still, and the last day to forward the petition while
 * it may still belong to another institution. The loader supplies describeClock's reading.
 */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { formatDate } from '../../format';

export interface ClockPanelData {
  state: 'running' | 'paused' | 'stopped';
  dueOn: string | null;
  pausedOn: string | null;
  rule: { id: string; citation: string } | null;
  /** While paused: the rule that sets the new due date when the information arrives. */
  resumeRule: string | null;
  forwardingDueOn: string | null;
}

export function ClockPanel({ clock, locale }: { clock: ClockPanelData; locale: Lang }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="clock-heading" className="panel" data-testid="clock-panel">
      <h2 id="clock-heading">{t('clock.title')}</h2>
      <p>
        <span className={clock.state === 'paused' ? 'badge deadline-paused' : 'badge'}>{t(`clock.state.${clock.state}`)}</span>
      </p>
      <dl className="facts compact">
        {clock.dueOn ? (
          <>
            <dt>{t('clock.dueOn')}</dt>
            <dd>{formatDate(clock.dueOn, locale)}</dd>
          </>
        ) : null}
        {clock.state === 'paused' && clock.pausedOn ? (
          <>
            <dt>{t('clock.pausedOn')}</dt>
            <dd>{formatDate(clock.pausedOn, locale)}</dd>
          </>
        ) : null}
        {clock.dueOn ? (
          <>
            <dt>{t('clock.setBy')}</dt>
            <dd>{clock.rule ? t(`clock.rules.${clock.rule.id}`) : t('clock.noRule')}</dd>
          </>
        ) : null}
        {clock.rule ? (
          <>
            <dt>{t('clock.citation')}</dt>
            <dd>{clock.rule.citation}</dd>
          </>
        ) : null}
        {clock.resumeRule ? (
          <>
            <dt>{t('clock.onResume')}</dt>
            <dd>{t(`clock.rules.${clock.resumeRule}`)}</dd>
          </>
        ) : null}
        {clock.forwardingDueOn ? (
          <>
            <dt>{t('clock.forwardBy')}</dt>
            <dd>{formatDate(clock.forwardingDueOn, locale)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
