/**
 * Every registered case's letter is indexed and, when it is the same text as earlier letters, put
 * in their campaign (similar-cases.ts); a corrected page text indexes it again. An event handler of
 * the notifications dispatcher (registered in services.ts): it runs once per event inside the
 * dispatcher's transaction, so the index and the campaign commit with the event's dispatch.
 */
import type { CaseEvent } from '../cases/case-events.js';
import type { Clock } from '../clock.js';
import type { EventHandler } from '../notifications/dispatch-events.js';
import type { LetterLineKinds } from './letter-body.js';
import { clusterCase } from './similar-cases.js';

export function indexesLetter(event: CaseEvent): boolean {
  return event.type === 'case_registered' || event.type === 'text_corrected' || event.type === 'case_merged' || event.type === 'case_unmerged';
}

export function findDuplicatesHandler(deps: { clock: Clock; letterLines?: LetterLineKinds }): EventHandler {
  return async (trx, event) => {
    if (!indexesLetter(event)) return;
    await clusterCase(deps, trx, event.caseId);
  };
}
