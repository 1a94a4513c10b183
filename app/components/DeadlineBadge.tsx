import { useTranslation } from 'react-i18next';

export interface DeadlineInfo {
  state: 'overdue' | 'due-soon' | 'on-track';
  workingDaysLeft: number;
}

/** Overdue and due-soon (≤ 3 working days) cases stand out; the text says it, not only the colour. */
export function DeadlineBadge({ deadline }: { deadline: DeadlineInfo | null }) {
  const { t } = useTranslation();
  if (!deadline) return null;
  if (deadline.state === 'overdue') {
    return <span className="badge deadline-overdue">{t('deadline.overdue', { count: Math.abs(deadline.workingDaysLeft) })}</span>;
  }
  if (deadline.state === 'due-soon') {
    return <span className="badge deadline-soon">{t('deadline.dueSoon', { count: deadline.workingDaysLeft })}</span>;
  }
  return <span className="badge deadline-ok">{t('deadline.onTrack', { count: deadline.workingDaysLeft })}</span>;
}
