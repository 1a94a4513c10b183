import { useTranslation } from 'react-i18next';
import { isServedLanguage } from '../../server/languages';
import { formatDate } from '../format';

export interface DeadlineInfo {
  state: 'overdue' | 'due-soon' | 'on-track' | 'paused';
  workingDaysLeft: number;
  /** Only when paused: the day the clock stopped (null for a case that was waiting before that day was kept). */
  pausedOn?: string | null;
}

/**
 * Overdue and due-soon (≤ 3 working days) cases stand out; the text says it, not only the colour. A case
 * awaiting information says its clock is paused, and since when, instead of counting down a term that does
 * not run.
 */
export function DeadlineBadge({ deadline }: { deadline: DeadlineInfo | null }) {
  const { t, i18n } = useTranslation();
  if (!deadline) return null;
  if (deadline.state === 'paused') {
    const lang = isServedLanguage(i18n.language) ? i18n.language : 'lt';
    return (
      <span className="badge deadline-paused">
        {deadline.pausedOn ? t('clock.pausedSince', { date: formatDate(deadline.pausedOn, lang) }) : t('clock.paused')}
      </span>
    );
  }
  if (deadline.state === 'overdue') {
    return <span className="badge deadline-overdue">{t('deadline.overdue', { count: Math.abs(deadline.workingDaysLeft) })}</span>;
  }
  if (deadline.state === 'due-soon') {
    return <span className="badge deadline-soon">{t('deadline.dueSoon', { count: deadline.workingDaysLeft })}</span>;
  }
  return <span className="badge deadline-ok">{t('deadline.onTrack', { count: deadline.workingDaysLeft })}</span>;
}
