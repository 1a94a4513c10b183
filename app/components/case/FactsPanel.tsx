/**
 * The case's facts in one form: the petitioner (name, postal address, e-mail, phone, preferred
 * language), the subject, the kind, the letter's date and how the answer reaches the petitioner.
 * A fact read from a paper letter is marked so until a clerk confirms or corrects it; the form
 * opens by itself while anything is left to confirm.
 */
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SERVED_LANGUAGES, type Lang } from '../../../server/languages';
import { CsrfInput } from '../CsrfInput';

export interface CaseFactsView {
  name: string;
  address: string | null;
  email: string | null;
  phone: string | null;
  language: Lang;
  subject: string;
  kind: string;
  letterDate: string | null;
  deliveryChannel: string;
  /** Which facts were read from the letter and are still to be confirmed. */
  fromLetter: string[];
}

const KINDS = ['request', 'complaint', 'information_request'] as const;
const DELIVERY = ['email', 'post', 'in_person'] as const;

function FromLetter({ fact, facts }: { fact: string; facts: CaseFactsView }) {
  const { t } = useTranslation();
  return facts.fromLetter.includes(fact) ? (
    <span className="badge from-letter" data-testid={`from-letter-${fact}`}>
      {t('facts.fromLetter')}
    </span>
  ) : null;
}

export function FactsPanel({ facts }: { facts: CaseFactsView }) {
  const { t } = useTranslation();
  const field = (name: 'name' | 'address' | 'email' | 'phone' | 'subject', type = 'text', autoComplete = 'off') => (
    <div className="field">
      <label htmlFor={`fact-${name}`}>
        {t(`facts.${name}`)} <FromLetter fact={name} facts={facts} />
      </label>
      <input id={`fact-${name}`} name={name} type={type} defaultValue={facts[name] ?? ''} autoComplete={autoComplete} />
    </div>
  );
  return (
    <section aria-labelledby="facts-heading" className="panel" data-testid="facts-panel">
      <details open={facts.fromLetter.length > 0}>
        <summary>
          <h2 id="facts-heading">{t('facts.title')}</h2>
          {facts.fromLetter.length > 0 ? <span className="badge">{t('facts.toConfirm', { count: facts.fromLetter.length })}</span> : null}
        </summary>
        {facts.fromLetter.length > 0 ? <p className="hint">{t('facts.readHint')}</p> : null}
        <Form method="post" className="form" data-testid="facts-form">
          <CsrfInput />
          <input type="hidden" name="intent" value="facts" />
          {field('name')}
          {field('address')}
          {field('email', 'email')}
          {field('phone', 'tel')}
          <div className="field">
            <label htmlFor="fact-language">{t('facts.language')}</label>
            <select id="fact-language" name="language" defaultValue={facts.language}>
              {SERVED_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </div>
          {field('subject')}
          <div className="field">
            <label htmlFor="fact-kind">{t('facts.kind')}</label>
            <select id="fact-kind" name="kind" defaultValue={facts.kind} aria-describedby="fact-kind-hint">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
            <p id="fact-kind-hint" className="hint">
              {t('facts.kindHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="fact-letterDate">
              {t('facts.letterDate')} <FromLetter fact="letterDate" facts={facts} />
            </label>
            <input id="fact-letterDate" name="letterDate" type="date" defaultValue={facts.letterDate ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="fact-delivery">{t('facts.deliveryChannel')}</label>
            <select id="fact-delivery" name="deliveryChannel" defaultValue={facts.deliveryChannel}>
              {DELIVERY.map((d) => (
                <option key={d} value={d}>
                  {t(`delivery.${d}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('facts.save')}
          </button>
        </Form>
      </details>
    </section>
  );
}
