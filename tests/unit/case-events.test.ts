import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../server/cases/case';
import { caseEventBodySchema, readEventBody, type CaseEventBody } from '../../server/cases/case-events';
import type { NewCaseEvent } from '../../server/cases/case-event.repository';

/** One event of every type, as the desk writes it. */
const WRITTEN: CaseEventBody[] = [
  { type: 'case_received', data: { channel: 'email', via: 'smtp', messageId: '<a@example.lt>', forwardedBy: ['b@example.lt'], attachmentsOverLimit: 3 } },
  { type: 'case_received', data: { channel: 'letter', via: 'front-desk', scannedBy: 'u1' } },
  { type: 'case_received', data: { channel: 'web' } },
  {
    type: 'case_registered',
    data: {
      number: 'VLN-2026-000001', registeredOn: '2026-03-02', dueOn: '2026-03-30', departmentId: null, language: null,
      departmentConfidence: 0.41, top3: [{ departmentId: 'water', confidence: 0.41 }], evidence: ['vanduo'], detectedLanguage: 'uk', languageConfidence: 0.9, languageNeedsReview: true,
    },
  },
  { type: 'case_registered', data: { number: 'VLN-2026-000002', registeredOn: '2026-03-02', dueOn: '2026-03-30', departmentId: 'water', serviceSlug: 'water-meters' } },
  { type: 'case_registered', data: { number: 'VLN-2026-000003', registeredOn: '2026-03-02', dueOn: '2026-03-30', departmentId: 'water', reviewedBy: 'u1' } },
  { type: 'status_changed', data: { from: 'received', to: 'needs_review', reason: 'unreadable_documents', problems: [{ filename: 'message.eml', problem: 'too_many_parts' }] } },
  { type: 'status_changed', data: { from: 'received', to: 'needs_review', reason: 'analysis_failed', error: 'boom' } },
  { type: 'status_changed', data: { from: 'awaiting_information', to: 'in_progress', reason: 'information_received' } },
  { type: 'case_assigned', data: { assigneeId: 'u1', assigneeName: 'Ona', previousAssigneeId: null } },
  { type: 'department_changed', data: { from: null, to: 'heating' } },
  { type: 'note_added', data: { text: 'Called the petitioner' } },
  { type: 'document_added', data: { documentId: 'd1', filename: 'scan.pdf', sha256: 'ab', problem: 'encrypted' } },
  { type: 'deadline_extended', data: { from: '2026-03-31', to: '2026-04-09', workingDays: 6, reason: 'Waiting for the report', noticeDueOn: '2026-03-04' } },
  { type: 'text_extracted', data: { documentId: 'd1', pages: 2, sources: ['ocr', 'text-layer'], meanConfidence: 87 } },
  { type: 'text_corrected', data: { documentId: 'd1', page: 1 } },
  { type: 'document_problem', data: { documentId: 'd1', problem: 'ocr_failed' } },
  { type: 'document_problem', data: { problem: 'too_many_attachments', notTaken: 980, keptIn: 'message.eml' } },
  { type: 'message_received', data: { channel: 'email', subject: 'Re: VLN-2026-000001', text: 'Prisegu nuotrauką', messageId: null } },
  { type: 'unverified_message_received', data: { channel: 'email', subject: 'Re: VLN-2026-000001', text: 'Prisegu', messageId: 'm@x', fromAddress: 'ruta@example.lt' } },
  { type: 'follow_up_accepted', data: { eventId: '019ad000-0000-7000-8000-000000000001' } },
  { type: 'language_changed', data: { field: 'replyLanguage', from: 'lt', to: 'pl' } },
  { type: 'reply_drafted', data: { replyId: 'r1', templateId: 'answer', language: 'pl' } },
  { type: 'reply_approved', data: { replyId: 'r1' } },
  { type: 'reply_sent', data: { replyId: 'r1', documentId: 'd2', delivery: 'email' } },
  { type: 'letter_posted', data: { replyId: 'r1', documentId: 'd2', postedOn: '2026-03-03', registeredMailNumber: 'RR123456789LT' } },
  { type: 'letter_posted', data: { replyId: 'r1', documentId: 'd2', postedOn: '2026-03-03', registeredMailNumber: null } },
  { type: 'facts_read_from_letter', data: { fields: ['name', 'address', 'letterDate'] } },
  {
    type: 'facts_changed',
    data: { changes: [{ field: 'kind', from: 'request', to: 'complaint' }, { field: 'phone', from: null, to: '+370 600 00000' }], dueOn: { from: '2026-03-30', to: '2026-03-30', rule: 'VAĮ Art. 14' } },
  },
  { type: 'tracking_code_reissued', data: { reason: 'receipt_printed' } },
  { type: 'split_from', data: { caseId: 'c1', caseNumber: 'VLN-2026-000001', documentId: 'd1', pages: { from: 3, to: 3 } } },
  { type: 'split_into', data: { caseId: 'c2', caseNumber: 'VLN-2026-000002', documentId: 'd1', pages: { from: 3, to: 3 } } },
  {
    type: 'case_merged',
    data: {
      caseId: 'c2', caseNumber: 'VLN-2026-000002', documentIds: ['d2', 'd3'],
      petitioner: { name: 'Ona Petraitytė', email: null, phone: null, address: 'Gedimino pr. 1, Vilnius' },
      facts: { subject: 'Vanduo', channel: 'letter', kind: 'request', receivedAt: '2026-03-02T09:00:00.000Z', letterDate: '2026-02-27', events: 4 },
      previousStatus: 'registered',
    },
  },
  { type: 'merged_into', data: { caseId: 'c1', caseNumber: 'VLN-2026-000001', documentIds: ['d2', 'd3'], previousStatus: 'registered' } },
  { type: 'case_unmerged', data: { caseId: 'c1', caseNumber: 'VLN-2026-000001', documentIds: ['d2', 'd3'], restoredStatus: 'registered' } },
  { type: 'case_forwarded', data: { institution: 'Valstybinė mokesčių inspekcija', reason: 'Mokesčių klausimai', contact: 'vmi@vmi.lt' } },
  { type: 'clock_paused', data: { rule: 'pause-awaiting-information', pausedOn: '2026-03-04', dueOn: '2026-03-30' } },
  { type: 'clock_resumed', data: { rule: 'pause-awaiting-information', pausedOn: '2026-03-04', resumedOn: '2026-03-11', from: '2026-03-30', to: '2026-04-06', pausedWorkingDays: 5 } },
  { type: 'reply_approval_requested', data: { replyId: 'r1' } },
  { type: 'reply_returned', data: { replyId: 'r1', comment: 'Please cite the decision number.' } },
  {
    type: 'case_reopened',
    data: { reason: 'The petitioner sent new facts.', previousStatus: 'answered', to: 'in_progress', rule: 'reopening', registeredOn: '2026-04-01', previousDueOn: '2026-03-30', dueOn: '2026-04-30' },
  },
  { type: 'case_linked', data: { caseId: 'c2', caseNumber: 'VLN-2026-000002', kind: 'same_matter' } },
  { type: 'case_unlinked', data: { caseId: 'c2', caseNumber: 'VLN-2026-000002', kind: 'same_matter' } },
];

describe('case event schemas', () => {
  it('cover every event type', () => {
    expect(new Set(WRITTEN.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
  });

  it.each(WRITTEN.map((e) => [e.type, e] as const))('%s reads back as written', (_type, event) => {
    expect(readEventBody(event.type, JSON.parse(JSON.stringify(event.data)))).toEqual(event);
  });

  it('reads an older case_received, whose e-mail facts are columns now, without them', () => {
    const old = { channel: 'email', via: 'imap', messageId: '<x@example.lt>', contentLanguage: 'pl-PL', problem: 'too_many_parts' };
    expect(readEventBody('case_received', old)).toEqual({ type: 'case_received', data: { channel: 'email', via: 'imap', messageId: '<x@example.lt>' } });
  });

  it.each([
    ['a note without its text', 'note_added', { words: 'x' }],
    ['a move to a status that does not exist', 'status_changed', { from: 'registered', to: 'lost' }],
    ['a registration with a malformed due date', 'case_registered', { number: 'N', registeredOn: '2026-03-02', dueOn: 'soon', departmentId: null }],
    ['a type nobody writes', 'case_exploded', {}],
    ['data that is not an object', 'note_added', 'Called'],
  ])('keeps %s as unrecognised, never throwing', (_name, type, data) => {
    expect(readEventBody(type, data)).toEqual({ type: 'unrecognised', storedType: type, data });
  });

  it('refuses to write data that does not fit its type', () => {
    expect(() => caseEventBodySchema.parse({ type: 'case_assigned', data: { assigneeId: 'u1' } })).toThrow();
    expect(() => caseEventBodySchema.parse({ type: 'text_extracted', data: { documentId: 'd1', pages: 1, sources: ['guess'], meanConfidence: null } })).toThrow();
  });

  it('checks type and data together at compile time', () => {
    const envelope = { actorType: 'user', actorId: 'u1', visibility: 'internal', at: new Date() } as const;
    const ok: NewCaseEvent = { type: 'note_added', data: { text: 'fine' }, ...envelope };
    // @ts-expect-error a note says its text, not anything else
    const wrongKey: NewCaseEvent = { type: 'note_added', data: { txt: 'x' }, ...envelope };
    // @ts-expect-error an assignment's data is not a note's
    const wrongType: NewCaseEvent = { type: 'case_assigned', data: { text: 'x' }, ...envelope };
    expect([ok, wrongKey, wrongType]).toHaveLength(3);
  });
});
