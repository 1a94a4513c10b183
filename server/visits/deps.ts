import type { Actor } from '../auth/user.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { WalkInPetition } from '../intake/channels/walk-in.js';
import type { VisitNoticeDeps } from './visit-notices.js';

/**
 * What the visits slice needs of the case file, bound in services.ts to the intake pipeline and the
 * cases slice's public use cases (a visit opens a case as any walk-in does, and its notes are case notes).
 */
export interface VisitCasePorts {
  /** Registers a petition handed in at the counter (intake's walk-in channel); returns its case number. */
  registerWalkIn(actor: Actor, petition: WalkInPetition): Promise<{ number: string }>;
  addCaseNote(actor: Actor, caseNumber: string, text: string): Promise<void>;
  /** The case as the actor may see it (NotFoundError otherwise); its canonical number. */
  findCase(actor: Actor, caseNumber: string): Promise<{ number: string }>;
}

export interface VisitDeps {
  db: Database;
  clock: Clock;
  /** The pepper of the visits' six-digit codes (the tracking codes' secret). */
  secret: string;
  notices: VisitNoticeDeps;
  maxFuturePerPerson: number;
  cases: VisitCasePorts;
}
