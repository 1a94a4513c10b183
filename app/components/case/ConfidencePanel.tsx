/**
 * What analysis found, in words a clerk understands (routes/staff.cases.$number.tsx): the language with the
 * detector's confidence (or that the petitioner chose it), the departments the router suggested with theirs,
 * and how the case reached its department: automatically, by a person (named), by the form's topic, or not
 * yet (triage). The loader puts names and percentages together; nothing here guesses.
 */
import { useTranslation } from 'react-i18next';

export interface ConfidenceData {
  /** The language's name in the reader's language; null when none was found. */
  language: string | null;
  /** 0–100, or null when the petitioner chose the language on the form. */
  languagePercent: number | null;
  languageNeedsReview: boolean;
  suggestions: { name: string; percent: number }[];
  routing:
    | { how: 'auto'; department: string; percent: number }
    | { how: 'person'; department: string; name: string | null }
    | { how: 'form'; department: string }
    | { how: 'triage' };
}

function routingText(t: (key: string, values?: Record<string, unknown>) => string, r: ConfidenceData['routing']): string {
  switch (r.how) {
    case 'auto':
      return t('caseLinks.confidence.routedAuto', { department: r.department, percent: r.percent });
    case 'person':
      return r.name ? t('caseLinks.confidence.routedPerson', { department: r.department, name: r.name }) : t('caseLinks.confidence.routedPersonUnknown', { department: r.department });
    case 'form':
      return t('caseLinks.confidence.routedForm', { department: r.department });
    case 'triage':
      return t('caseLinks.confidence.routedTriage');
  }
}

export function ConfidencePanel({ confidence }: { confidence: ConfidenceData }) {
  const { t } = useTranslation();
  const c = confidence;
  return (
    <section aria-labelledby="confidence-heading" className="panel" data-testid="confidence-panel">
      <h2 id="confidence-heading">{t('caseLinks.confidence.title')}</h2>
      <p data-testid="language-confidence">
        {c.language === null
          ? t('caseLinks.confidence.languageUnknown')
          : c.languagePercent === null
            ? t('caseLinks.confidence.languageGiven', { language: c.language })
            : t('caseLinks.confidence.language', { language: c.language, percent: c.languagePercent })}
      </p>
      {c.languageNeedsReview ? <p className="notice">{t('caseLinks.confidence.languageNeedsReview')}</p> : null}
      <p data-testid="routing-origin">{routingText(t, c.routing)}</p>
      {c.suggestions.length > 0 ? (
        <>
          <h3 id="suggestions-heading">{t('caseLinks.confidence.suggestionsLabel')}</h3>
          <ul aria-labelledby="suggestions-heading">
            {c.suggestions.map((s) => (
              <li key={s.name}>{t('caseLinks.confidence.suggestion', { department: s.name, percent: s.percent })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('caseLinks.confidence.noSuggestion')}</p>
      )}
    </section>
  );
}
