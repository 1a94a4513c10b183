/** A clerk changes the language a case is answered in; the change is on the audit trail. */
import { changeReplyLanguageInTrx, loadWorkableCase, type CaseDeps } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import type { Lang } from '../languages.js';

export async function changeReplyLanguage(deps: CaseDeps, actor: Actor, number: string, lang: Lang): Promise<void> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  if (kase.replyLanguage === lang) return;
  const now = deps.clock.now();
  await deps.db.transaction().execute((trx) => changeReplyLanguageInTrx(trx, kase.id, kase.replyLanguage, lang, actor.id, now));
}
