/** What routes need from the domain beyond services: boundary schemas and a few constants. */
export { webPetitionSchema, statusChangeSchema, noteSchema, trackingLookupSchema, INBOX_VIEWS, type InboxView, extensionSchema, forwardingSchema } from '../../server/cases/index';
export { parseInboxQuery, inboxQueryString, INBOX_SORTS, DEADLINE_FILTERS, bulkActionSchema, MAX_BULK_CASES, CASE_STATUSES, CHANNELS, PETITION_KINDS, type InboxQuery, type BulkOutcome } from '../../server/cases/index';
export { departmentUpdateSchema } from '../../server/departments/update-department';
export { newUserSchema, userUpdateSchema } from '../../server/auth/manage-users';
export { ROLES } from '../../server/auth/user';
export type { CaseFactsInput } from '../../server/cases/index';
export { reopenSchema, caseLinkSchema } from '../../server/cases/index';
export { walkInSchema } from '../../server/intake/channels/walk-in';
export { statusPageMessageSchema } from '../../server/intake/channels/status-page';
export { markReadSchema } from '../../server/notifications/staff/mark-notifications-read';
export { receiptOptionsSchema } from '../../server/receipts/receipt.schema';
