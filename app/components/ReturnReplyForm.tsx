import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from './CsrfInput';

/**
 * Returning a reply to its author, from the editor or the approval queue: the comment is required,
 * since the author has to know what to change (the server refuses an empty one too).
 */
export function ReturnReplyForm({ id, label, replyId, rows = 3 }: { id: string; label: string; replyId?: string; rows?: number }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="return-form">
      <CsrfInput />
      {replyId ? <input type="hidden" name="replyId" value={replyId} /> : null}
      <input type="hidden" name="intent" value="return" />
      <div className="field">
        <label htmlFor={id}>
          {label}
          <span className="required"> ({t('form.required')})</span>
        </label>
        <textarea id={id} name="comment" required maxLength={2000} rows={rows} />
      </div>
      <button type="submit" className="button small secondary">
        {t('reply.return')}
      </button>
    </Form>
  );
}
