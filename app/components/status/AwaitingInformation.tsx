import { useParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { PublicCaseView } from '../../../server/cases/index';
import type { Lang } from '../../../server/languages';
import { formatDate, formatDateTime } from '../../format';

/**
 * What the desk is waiting for, first on the page: since when, and what that does to the time the
 * desk has to answer, in the words of the rule that governs it (its citation as the act writes it,
 * in Lithuanian).
 */
export function AwaitingInformation({ view }: { view: PublicCaseView }) {
  const { t, i18n } = useTranslation();
  const lang = useParams().lang as Lang;
  const { clock } = view;
  const since = clock.pausedOn ? formatDate(clock.pausedOn, lang) : view.awaitingSince ? formatDateTime(view.awaitingSince, lang) : null;
  const rule = view.waitingRule;
  const statementKey = rule ? `clock.rules.${rule.id}` : null;
  return (
    <section className="awaiting" aria-labelledby="awaiting-heading" data-testid="awaiting-information">
      <h2 id="awaiting-heading">{t('followUp.awaitingTitle')}</h2>
      <p>{since ? t('followUp.awaitingSince', { date: since }) : t('followUp.awaitingNow')}</p>
      {/* The rule's own words where it has them; otherwise what any reading of the wait has in common. */}
      {statementKey && i18n.exists(statementKey) ? <p data-testid="clock-rule">{t(statementKey)}</p> : <p>{t('followUp.clockPaused')}</p>}
      {rule ? (
        <p className="legal-basis">
          {t('followUp.legalBasis')} <span lang="lt">{rule.citation}</span>
        </p>
      ) : null}
    </section>
  );
}
