/**
 * The case file's one public face. Other slices (intake, routing, replies, mail), the composition
 * root and the web's app/.server reach `cases/` only through this module; type-only imports of
 * the domain types (case.ts) may go direct. dependency-cruiser enforces it.
 *
 * What is here, by who needs it:
 * - intake: the steps that run inside intake's one transaction (open, attach, register, follow-up);
 * - the document room: text extraction's bookkeeping, page text, previews, downloads;
 * - the case's own use cases for staff and residents;
 * - replies and routing: the events and moves that a reply or a re-route makes on the case.
 */

// The pure rules of a case (status machine, statuses, channels).
export { allowedTransitions, canTransition, isCaseStatus, isOpen, CASE_STATUSES, CHANNELS, OPEN_STATUSES, PETITION_KINDS } from './case.js';

// The steps of intake's transaction.
export { openCase, registerReceivedCase, recordIntakeProblem, type CaseToOpen, type OpenedCase, type RegistrationDetails } from './open-case.js';
export type { IntakeShortfall } from './case-events.js';
export { attachDocument, type DocumentToAttach } from './documents/attach-document.js';
export { recordFollowUpMessage } from './add-message.js';
export { caseRefById, caseRefByNumber, type CaseRef } from './case-lookup.js';
// The notifications dispatcher: the events nobody has been told of yet.
export { countEventsToDispatch, listEventsToDispatch, takeEventToDispatch } from './event-feed.js';
// Staff notifications: the facts of a case an event happened on, and the cases whose deadline comes close.
export { caseAlertFacts, caseAlertFactsByIds, listOpenCasesDueBy, type CaseAlertFacts } from './case-alerts.js';
// …and the end of intake: registered as analysed, or sent to review.
export { loadCaseForAnalysis, registerAnalysedCase, sendCaseToReview, type CaseForAnalysis, type IntakeConclusion } from './register-analysed-case.js';

// The documents of a case.
export {
  caseDocumentsSettled,
  correctPageText,
  documentProgress,
  getDocumentForProcessing,
  getDocumentText,
  markDocumentExtracting,
  readDocumentForViewing,
  recordDocumentProblem,
  recordExtractionProgress,
  saveExtractedText,
  type PageText,
} from './documents/document-text.js';
export { previewPage } from './documents/preview-page.js';
export { readCaseDocument, readDocumentForResident } from './documents/read-document.js';

// The case for staff and residents.
export { getCaseForStaff } from './get-case.js';
export { assertMayWorkCase, loadCaseForReceipt, loadVisibleCase, loadWorkableCase } from './case-access.js';
export { listInbox, listInboxPage, listInboxAssignees, streamInbox, inboxChangeMark, inboxViewsFor, INBOX_VIEWS, type InboxView, type InboxItem, type InboxPage, type SnippetSegment } from './list-inbox.js';
export { parseInboxQuery, inboxQueryString, INBOX_SORTS, DEADLINE_FILTERS, INBOX_PAGE_SIZE, type InboxQuery, type InboxSort, type DeadlineFilter } from './inbox-query.js';
export { listSavedViews, saveInboxView, removeSavedView, type SavedView } from './saved-views.js';
export { applyBulkAction, bulkActionSchema, MAX_BULK_CASES, type BulkAction, type BulkOutcome } from './bulk-actions.js';
export { assignCase } from './assign-case.js';
export { changeCaseStatus } from './change-case-status.js';
export { addCaseNote } from './add-case-note.js';
export { acceptFollowUp } from './accept-follow-up.js';
export { extendCaseDeadline, extensionSchema, type Extension } from './extend-deadline.js';
export { forwardCase, forwardingSchema, type Forwarding } from './forward-case.js';
export { listDeadlines, streamDeadlineCases, DEADLINE_LIST_LIMIT, DEADLINE_GROUPS, type DepartmentDeadlines, type DeadlineGroup } from './list-deadlines.js';
export { trackCase, type PublicCaseView } from './track-case.js';
export { showTrackedCase } from './show-tracked-case.js';
export { recordResidentMessage, takesResidentMessages } from './resident-message.js';
export { verifyAudit } from './verify-audit.js';
export { searchCases } from './search-cases.js';
export { webPetitionSchema, statusChangeSchema, noteSchema, trackingLookupSchema, type WebPetitionInput } from './case.schema.js';

// What replies and routing do to a case.
export { changeReplyLanguageInTrx, noteReplyEvent, recordLetterPosted, recordReplySent } from './record-reply.js';
export { postalRecipientOf, type PostalRecipient } from './postal-recipient.js';
export { changeCaseDepartment, routingLessonOf } from './change-department.js';

// What reports read: the typed events of a kind, across cases.
export { listEventsOfTypes } from './case-event.repository.js';

export type { CaseDeps } from './deps.js';
export { applyLetterFacts, caseFactsSchema, recordLetterFacts, updateCaseFacts, type CaseFactsInput, type FactsFromLetter } from './case-facts.js';
export { listRecentIntake, type RecentIntakeRow } from './recent-intake.js';
export { reissueTrackingCode, reissueTrackingCodeInTrx, type TrackingCodeReissueReason } from './reissue-tracking-code.js';
// What the notifications slice reads to tell a petitioner of an event.
export { loadCaseForNotice, type CaseForNotice } from './notice-facts.js';

// Splitting a scanned stack into cases (intake), merging a case into another and undoing it.
export { recordSplit, type SplitRecord } from './record-split.js';
export { mergeCases, type CaseMerge } from './merge-cases.js';
export { unmergeCase } from './unmerge-case.js';
export { getMergeView, type MergeView } from './merge-view.js';
// Reopening an answered or closed case, and the cases related to one (same petitioner, linked as the same matter).
export { reopenCase, previewReopening, reopenSchema, isReopenable, type Reopening, type ReopenedCase } from './reopen-case.js';
// Cases by id as lists elsewhere show them (similar cases, campaigns), and what their petitions say.
export { caseCardsByIds, caseTextsByIds, samePetitionerCaseIds, type CaseCard } from './case-cards.js';
export { listRelatedCases, linkCases, unlinkCases, caseLinkSchema, type RelatedCases, type RelatedCase } from './related-cases.js';

// Bulk scale data (server/demo/seed-scale.ts) writes real chains, numbers and tracking codes with the same functions.
export { eventHash, GENESIS_HASH } from './audit-chain.js';
export { formatCaseNumber } from './case-number.js';
export { hashTrackingCode } from './tracking-code.js';
