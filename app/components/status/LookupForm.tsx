import { Form, useNavigation, useParams } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { CsrfInput } from '../CsrfInput';
import { Field } from '../Field';
import { formatWait } from './format-wait';

export type LookupResult =
  | { intent: 'lookup'; ok: true }
  | { intent: 'lookup'; ok: false; error: string; number: string; retryAfter?: number };

/** Number + code. A failed lookup says why above the form, and takes the focus so it is read out. */
export function LookupForm({ number, result }: { number: string; result?: LookupResult }) {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  const busy = useNavigation().state === 'submitting';
  const errorRef = useRef<HTMLDivElement>(null);
  const failed = result && !result.ok ? result : undefined;
  useEffect(() => errorRef.current?.focus(), [result]);
  return (
    <>
      {failed ? (
        <div className="error-summary" role="alert" ref={errorRef} tabIndex={-1} data-testid="lookup-error">
          <p>{failed.retryAfter ? t(failed.error, { wait: formatWait(failed.retryAfter, lang) }) : t(failed.error)}</p>
        </div>
      ) : null}
      <Form method="post" className="form narrow" action={`/${lang}/status`}>
        <CsrfInput />
        <Field name="number" label={t('case.number')} hint={t('track.numberHint')} required>
          {(p) => <input {...p} type="text" autoComplete="off" defaultValue={failed ? failed.number : number} />}
        </Field>
        <Field name="code" label={t('case.trackingCode')} hint={t('track.codeHint')} required>
          {(p) => <input {...p} type="text" autoComplete="off" spellCheck={false} />}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {t('track.lookUp')}
        </button>
      </Form>
    </>
  );
}
