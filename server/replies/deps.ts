import type { CaseDeps } from '../cases/deps.js';
import type { Lang } from '../languages.js';
import type { Mailer } from '../mail/mailer.js';
import type { TemplateSet } from './template.store.js';
import type { Signer } from './signing/signer.js';

export interface ReplyDeps extends CaseDeps {
  templates: () => TemplateSet;
  /** Created on first use: the demo certificate is generated then, not at every start. */
  signer: () => Signer;
  /** null: no outgoing mail configured — letters are only downloadable. */
  mailer: () => Mailer | null;
  mailFrom: string;
  /** The one-click status link for a case (notifications/status-link.ts), carried by the letter's e-mail: it is the resident's notice too. */
  statusLink?: (caseNumber: string, language: Lang, now: Date) => string;
}
