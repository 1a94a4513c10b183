/** What the intake slice needs; built once in services.ts. */
import type { CaseDeps } from '../cases/deps.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Lang } from '../languages.js';
import type { FileLimits } from './files/inspect-file.js';
import type { EmailLimits } from '../mail/parse-email.adapter.js';
import type { CaseAnalyser } from './case-analyser.js';

export interface IntakeDeps extends CaseDeps {
  jobs: JobQueue;
  fileLimits: FileLimits;
  emailLimits: EmailLimits;
  /** The reply language when the petition's own language is not one we serve. */
  fallbackLanguage: Lang;
  /** How many files one web petition may carry. */
  maxFilesPerPetition: number;
  /** Language and department of a text (the routing slice's, in production). */
  analyser: CaseAnalyser;
}
