/**
 * The composition root: builds every port and binds every use case from the config.
 * The web (through app/.server) and the CLI both get their services from here.
 */
import type { Config } from './config.js';
import { systemClock, type Clock } from './clock.js';
import { createDatabase, migrateToLatest, type Database } from './db/database.js';
import { caseMatches, parseSearchQuery, rebuildSearchIndex, searchSnippets } from './search/index.js';
import { createFileBlobStore } from './storage/file-blob.store.js';
import { createDatabaseBlobStore } from './storage/database-blob.store.js';
import { loadOrCreateSecret } from './storage/secret.store.js';
import type { BlobStore } from './storage/blob-store.js';
import type { CaseDeps } from './cases/deps.js';
import {
  getCaseForStaff,
  listRecentIntake,
  updateCaseFacts,
  listInbox,
  listInboxPage,
  listInboxAssignees,
  streamInbox,
  inboxChangeMark,
  listSavedViews,
  saveInboxView,
  removeSavedView,
  applyBulkAction,
  type BulkAction,
  assignCase,
  changeCaseStatus,
  addCaseNote,
  acceptFollowUp,
  extendCaseDeadline,
  forwardCase,
  listDeadlines,
  streamDeadlineCases,
  trackCase,
  showTrackedCase,
  readCaseDocument,
  verifyAudit,
  searchCases,
  correctPageText,
  documentProgress,
  getDocumentText,
  readDocumentForViewing,
  previewPage,
  mergeCases,
  unmergeCase,
  getMergeView,
  getDocumentForProcessing,
  reopenCase,
  previewReopening,
  listRelatedCases,
  linkCases,
  unlinkCases,
} from './cases/index.js';
import type { AuthDeps } from './auth/deps.js';
import type { Actor } from './auth/user.js';
import { registerPetition } from './intake/register-petition.js';
import { routeCaseToDepartment } from './routing/route-case.js';
import { signIn } from './auth/sign-in.js';
import { getSessionUser, signOut } from './auth/session.js';
import { addUser, setOwnLocale, setPassword, updateUser } from './auth/manage-users.js';
import { listUsers } from './auth/list-users.js';
import { listDepartments } from './departments/list-departments.js';
import { findServiceBySlug, listServiceCatalogue } from './departments/list-service-catalogue.js';
import { updateDepartment } from './departments/update-department.js';
import { loadCatalogue } from './departments/load-catalogue.js';
import { findDepartment } from './departments/find-department.js';
import { routingQuality } from './routing/routing-quality.js';
import { createJobQueue } from './jobs/create-job-queue.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { JobDefinition } from './jobs/job.js';
import type { LetterLineKinds } from './routing/letter-body.js';
import type { IntakeDeps } from './intake/deps.js';
import { submitWebPetition } from './intake/channels/web-form.js';
import { sendStatusPageMessage } from './intake/channels/status-page.js';
import { ingestEmail } from './intake/channels/email.js';
import { ingestScan } from './intake/channels/front-desk-scan.js';
import { registerWalkIn } from './intake/channels/walk-in.js';
import { splitDocument } from './intake/split-document.js';
import { getSplitView } from './intake/split-view.js';
import { extractTextJob } from './intake/jobs/extract-text.job.js';
import { analyseCaseJob } from './intake/jobs/analyse-case.job.js';
import type { CaseAnalyser } from './intake/case-analyser.js';
import { createFrancLanguageDetector } from './language/franc.adapter.js';
import { DEFAULT_REVIEW_BELOW } from './language/detect-language.js';
import { createDepartmentRouting, type DepartmentRouting } from './routing/department-routing.js';
import { DEFAULT_ROUTER_SETTINGS } from './routing/department-router.js';
import { learnFromConfirmedHandler } from './routing/learn-from-confirmed.handler.js';
import { findDuplicatesHandler } from './routing/find-duplicates.handler.js';
import { listSimilarCases, type DuplicateDeps } from './routing/similar-cases.js';
import { addToCampaign, countCampaignMembers, getCampaign, listCampaigns, openCampaignMembers, removeFromCampaign } from './routing/campaigns.js';
import { campaignReplyForm, listCampaignReplies, resumeCampaignReply, startCampaignReply, type CampaignReplyDeps } from './replies/campaign-reply.js';
import { campaignReplyLetterJob } from './replies/campaign-reply.job.js';
import { findActiveActor } from './auth/list-users.js';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from './intake/letter-facts/letter-lines.js';
import { isPersonName } from './intake/letter-facts/person-name.js';
import { isPostcodeLine, isStreetLine } from './intake/letter-facts/postal-address.js';
import { readEmail, readPhone } from './intake/letter-facts/contact-details.js';
import { readLetterDate } from './intake/letter-facts/letter-date.js';
import { createCaseAnalyser } from './intake/create-case-analyser.js';
import { DEFAULT_FILE_LIMITS } from './intake/files/inspect-file.js';
import { DEFAULT_EMAIL_LIMITS } from './mail/parse-email.adapter.js';
import type { TextRecognizer } from './ocr/text-recognizer.js';
import { createTesseractPool } from './ocr/tesseract-pool.adapter.js';
import type { ReplyDeps } from './replies/deps.js';
import type { Mailer } from './mail/mailer.js';
import { createSmtpMailer } from './mail/smtp-mailer.adapter.js';
import { startMailCatcher, type MailCatcher } from './mail/mail-catcher.adapter.js';
import { loadTemplates } from './replies/template.store.js';
import type { Signer } from './replies/signing/signer.js';
import { createP12Signer } from './replies/signing/p12-key.adapter.js';
import { ensureDemoCertificate } from './replies/signing/demo-certificate.adapter.js';
import { listReplyTemplates, startReply } from './replies/start-reply.js';
import { approveReply, requestReplyApproval, saveReplyDraft } from './replies/edit-reply.js';
import { previewReply, signAndSendReply } from './replies/send-reply.js';
import { getReplyForEditing, listCaseReplies } from './replies/get-reply.js';
import { writeLetter } from './replies/write-letter.js';
import { changeReplyLanguage } from './replies/change-reply-language.js';
import { readReplyForResident } from './replies/read-reply-for-resident.js';
import { dispatchPdf, listPostalDispatch, recordPosted } from './replies/postal-dispatch.js';
import { printReceipt } from './receipts/print-receipt.js';
import { createEventDispatcher, type EventHandler } from './notifications/dispatch-events.js';
import { createStaffEventHandler } from './notifications/staff/notify-staff-of-event.js';
import { deadlineSweepJob, runDeadlineSweep, scheduleDeadlineSweep } from './notifications/staff/deadline-sweep.job.js';
import type { DigestDeps } from './notifications/staff/send-daily-digests.js';
import { loadDigestTexts } from './notifications/staff/digest-text.store.js';
import { countUnreadNotifications, listStaffNotifications } from './notifications/staff/list-staff-notifications.js';
import { markNotificationsRead } from './notifications/staff/mark-notifications-read.js';
import { countApprovalQueue, listApprovalQueue } from './replies/list-approval-queue.js';
import { sendNotificationJob } from './notifications/send-notification.job.js';
import type { SendNotificationDeps } from './notifications/deps.js';
import { residentNoticeCancelReason, residentNotificationHandler, statusLinkFor } from './notifications/notify-resident.js';
import { listCaseNotifications } from './notifications/list-case-notifications.js';
import { getCockpit, rebuildReportRollups, reportRollupHandler } from './reports/index.js';
import type { ReportDeps } from './reports/deps.js';
import { loadVisibleCase } from './cases/index.js';
import type { VisitDeps } from './visits/deps.js';
import { findBookableService, listBookableServices, listServicePoints } from './visits/list-visit-catalogue.js';
import { freeDays, freeSlots } from './visits/free-slots.js';
import { bookVisit } from './visits/book-visit.js';
import { cancelVisitByResident, findVisitForResident, moveVisitByResident } from './visits/resident-visit.js';
import { clearResidentAccessFailures, recordResidentAccessFailure, residentAccessWait } from './visits/resident-access-throttle.js';
import { cancelVisitByStaff, getVisitForStaff, listVisitsForCase, recordRemoteOutcome } from './visits/staff-visit.js';
import { bookWalkIn, checkInVisit, counterDay, markVisitNoShow, markVisitServed } from './visits/counter-day.js';
import { linkVisitToCase, openCaseFromVisit } from './visits/visit-cases.js';
import { visitReport } from './visits/visit-report.js';
import { sendVisitReminders } from './visits/send-visit-reminders.js';
import { scheduleVisitReminders, visitRemindersJob } from './visits/visit-reminders.job.js';
import { saveVisitCatalogue } from './visits/save-visit-catalogue.js';

type Tail<F> = F extends (deps: never, ...rest: infer R) => infer Out ? (...rest: R) => Out : never;

/** Binds the first (deps) argument of each use case. */
function bind<D, T extends Record<string, (deps: D, ...args: never[]) => unknown>>(deps: D, useCases: T): { [K in keyof T]: Tail<T[K]> } {
  return Object.fromEntries(Object.entries(useCases).map(([name, fn]) => [name, (...args: never[]) => fn(deps, ...args)])) as {
    [K in keyof T]: Tail<T[K]>;
  };
}

export interface ServiceOptions {
  clock?: Clock;
  db?: Database;
  blobs?: BlobStore;
  secret?: string;
  jobs?: JobQueue;
  recognizer?: TextRecognizer;
  analyser?: CaseAnalyser;
  routing?: DepartmentRouting;
}

export function createServices(config: Config, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  const db = options.db ?? createDatabase(config.database);
  const blobs = options.blobs ?? (config.blobStore === 'database' ? createDatabaseBlobStore(db) : createFileBlobStore(config.blobDir));
  const secret = options.secret ?? config.sessionSecret ?? loadOrCreateSecret(config.dataDir);
  const jobs = options.jobs ?? createJobQueue(config.database, db, clock);
  // OCR workers start on the first page to read, not in processes that never read one.
  const recognizer = options.recognizer ?? lazyRecognizer(() => createTesseractPool(config.ocr));
  // The router learns online and is stateful: one per process, shared by every clock's view.
  // The router reads a letter as a letter (sender, recipient, salutation, closing set aside) with intake's line readers.
  const letterLineKinds = { lines: letterLines, isSalutation, isClosing, isAddresseeLine, isPersonName, isStreetLine, isPostcodeLine, readEmail, readPhone, readLetterDate };
  const routing = options.routing ?? createDepartmentRouting({ db, clock }, { ...DEFAULT_ROUTER_SETTINGS, letterLines: letterLineKinds });
  const detector = createFrancLanguageDetector({ fallbackLanguage: config.fallbackLanguage, reviewBelow: DEFAULT_REVIEW_BELOW });
  const analyser = options.analyser ?? createCaseAnalyser({ detector, routing });
  return bindServices(config, { db, blobs, secret, clock, jobs, recognizer, analyser, routing, letterLines: letterLineKinds });
}

/** 'Name <address>' or a bare address → the address (a calendar event's organizer). */
function mailAddressOf(from: string): string | null {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.includes('@') ? address.trim() : null;
}

function lazyRecognizer(create: () => TextRecognizer): TextRecognizer {
  let instance: TextRecognizer | undefined;
  return {
    recognize: (page, languages) => (instance ??= create()).recognize(page, languages),
    close: async () => instance?.close(),
  };
}

interface Ports {
  db: Database;
  blobs: BlobStore;
  secret: string;
  clock: Clock;
  jobs: JobQueue;
  recognizer: TextRecognizer;
  analyser: CaseAnalyser;
  routing: DepartmentRouting;
  /** How a letter's furniture is set aside (intake's line readers), for routing and for duplicates. */
  letterLines?: LetterLineKinds;
}

export type Services = ReturnType<typeof bindUseCases> & {
  /** The same desk seen through another clock (demo data, tests of time-dependent rules). */
  withClock(other: Clock): Services;
};

function bindServices(config: Config, ports: Ports): Services {
  return { ...bindUseCases(config, ports), withClock: (other) => bindServices(config, { ...ports, clock: other }) };
}

function bindUseCases(config: Config, ports: Ports) {
  const { db, blobs, secret, clock, jobs, recognizer, analyser, routing, letterLines } = ports;
  // The status page as a resident reaches it; without PUBLIC_URL, the address the server listens on.
  const residentLinkDeps = { secret, publicUrl: config.publicUrl ?? `http://localhost:${config.port}` };
  const caseDeps: CaseDeps = { db, clock, blobs, secret, learnRouting: (text, departmentId, details) => routing.learnFromCorrection(text, departmentId, details), search: { parse: parseSearchQuery, matches: caseMatches, snippets: searchSnippets } };
  const authDeps: AuthDeps = { db, clock, sessionHours: config.sessionHours, sessionMaxHours: config.sessionMaxHours };
  const intakeDeps: IntakeDeps = {
    ...caseDeps,
    jobs,
    fileLimits: { ...DEFAULT_FILE_LIMITS, maxBytes: config.maxUploadBytes, maxPages: config.limits.maxPages, maxPixels: config.limits.maxPixels },
    emailLimits: { ...DEFAULT_EMAIL_LIMITS, maxAttachmentBytes: config.maxUploadBytes },
    fallbackLanguage: config.fallbackLanguage,
    maxFilesPerPetition: config.maxUploadFiles,
    analyser,
  };
  // Replies: templates, signer and mailer are made on first use (a demo certificate is generated then).
  let signer: Signer | undefined;
  let catcher: MailCatcher | undefined;
  let mailer: Mailer | null | undefined;
  const replyDeps: ReplyDeps = {
    ...caseDeps,
    templates: () => loadTemplates(config.templatesDir),
    signer: () =>
      (signer ??= createP12Signer({ ...(config.signing ?? ensureDemoCertificate(config.dataDir, clock.now())), clock })),
    mailer: () => {
      if (mailer !== undefined) return mailer;
      const target = config.outgoing ?? (catcher ? { host: '127.0.0.1', port: catcher.port, secure: false } : null);
      mailer = target ? createSmtpMailer(target) : null;
      return mailer;
    },
    mailFrom: config.mailFrom,
    statusLink: (number, language, now) => statusLinkFor(residentLinkDeps, number, language, now),
  };
  // The e-mail outbox: every message to a resident or to staff is stored, then sent once by its job.
  const notificationDeps: SendNotificationDeps = {
    db, clock, jobs, secret, mailFrom: config.mailFrom, mailer: replyDeps.mailer,
    readAttachment: async (documentId) => {
      const { document, bytes } = await getDocumentForProcessing(caseDeps, documentId);
      return { filename: document.filename, contentType: document.mediaType, content: bytes };
    },
    cancelReason: (n) => residentNoticeCancelReason({ db, templates: replyDeps.templates }, n),
  };
  const residentNoticeDeps = { db, clock, jobs, templatesDir: config.templatesDir, ...residentLinkDeps };
  // Staff: the in-app list, the morning deadline sweep and the digests it sends.
  const staffDigestDeps: DigestDeps = { db, clock, jobs, digestTexts: () => loadDigestTexts(config.templatesDir), publicUrl: config.publicUrl };
  // Visits by appointment: their e-mails go through the same outbox; a visit opens a case through intake's walk-in channel.
  const visitDeps: VisitDeps & { jobs: JobQueue } = {
    db, clock, jobs, secret, maxFuturePerPerson: config.visits.maxFuturePerPerson,
    notices: { clock, jobs, templatesDir: config.templatesDir, publicUrl: residentLinkDeps.publicUrl, organizerEmail: mailAddressOf(config.mailFrom) },
    cases: {
      registerWalkIn: async (actor, petition) => ({ number: (await registerWalkIn(intakeDeps, actor, petition)).number }),
      addCaseNote: (actor, number, text) => addCaseNote(caseDeps, actor, number, text),
      findCase: async (actor, number) => ({ number: (await loadVisibleCase(db, actor, number)).number }),
    },
  };
  // Duplicates and campaigns: letters of the same text found as they are registered; one reply to a campaign, a letter per member.
  const duplicateDeps: DuplicateDeps = { db, clock, letterLines };
  const campaignReplyDeps: CampaignReplyDeps = {
    ...replyDeps,
    jobs,
    openCampaignMembers: (actor, clusterId) => openCampaignMembers(duplicateDeps, actor, clusterId),
    findActor: (id) => findActiveActor({ db }, id),
  };
  const jobDefinitions: JobDefinition[] = [extractTextJob({ ...intakeDeps, recognizer }), analyseCaseJob(intakeDeps), sendNotificationJob(notificationDeps), deadlineSweepJob(staffDigestDeps), visitRemindersJob(visitDeps), campaignReplyLetterJob(campaignReplyDeps)];
  // Who is told of each case event: every room that tells someone registers its handler here.
  // The cockpit's rollups follow the same events (reports/maintain-rollups.ts).
  // The router learns from every case whose department a clerk confirmed (answered, re-routed, registered from review).
  // Every registered letter is indexed for similar cases and put in its campaign (routing/find-duplicates.handler.ts).
  const eventHandlers: EventHandler[] = [residentNotificationHandler(residentNoticeDeps), createStaffEventHandler(), reportRollupHandler(), learnFromConfirmedHandler({ routing, cases: caseDeps }), findDuplicatesHandler(duplicateDeps)];
  const reportDeps: ReportDeps = { db, clock };
  const dispatcher = createEventDispatcher({ db, clock, log: (message) => console.error(message) }, eventHandlers);

  return {
    config,
    clock,
    /** For the web's CSRF tokens (app/.server only). */
    secret,
    /** The schema, then the reference catalogue (departments and services, keeping what an admin changed). */
    migrate: async () => {
      const result = await migrateToLatest(db);
      // The cockpit's rollups are counted on the application's working-day calendar: the first migrate after 013 fills them.
      if (result.results?.some((r) => r.migrationName === '2026-12-02_013_reports' && r.status === 'Success')) await rebuildReportRollups(db);
      // The search index is stemmed by the application, so a migration cannot fill it: the first migrate after it does.
      if (result.results?.some((r) => r.migrationName === '2026-12-02_010_search' && r.status === 'Success')) await rebuildSearchIndex(db);
      return { ...result, catalogue: await loadCatalogue({ db, clock }) };
    },
    /** The search index again, from every petition, page and message (`desk search reindex`). */
    rebuildSearchIndex: (onProgress?: (texts: number) => void) => rebuildSearchIndex(db, onProgress),
    /** Runs the pipeline's jobs in this process (the embedded default, or a `desk worker`). */
    startJobs: async (concurrency = config.jobs.concurrency) => {
      await jobs.start(jobDefinitions, { concurrency });
      await scheduleDeadlineSweep(staffDigestDeps);
      await scheduleVisitReminders(visitDeps);
      dispatcher.start();
    },
    /** Tests/CLI: until no event waits to be dispatched and no job is due or running. */
    drainJobs: async (timeoutMs = 60_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        while ((await dispatcher.dispatchPending()) > 0);
        await jobs.drain(Math.max(1, until - Date.now()));
        if ((await dispatcher.waiting()) === 0) return;
        if (Date.now() > until) throw new Error('drainJobs: events still wait to be dispatched');
      }
    },
    /** Acts on the case events waiting on the outbox now (the worker also does so every second). */
    dispatchEvents: () => dispatcher.dispatchPending(),
    jobStats: () => jobs.stats(),
    /** Language and department for a text (the `classify` command, integrators). */
    analyser,
    reloadRouting: () => routing.reload(),
    /** The demo's outgoing mail server (when no relay is configured): replies land in DATA_DIR/outbox. */
    startMailCatcher: async () => {
      if (config.outgoing || catcher) return catcher ?? null;
      const dir = `${config.dataDir}/outbox`;
      // Several processes on one machine (web and workers on PostgreSQL) each send mail: the first
      // takes the configured port, the others any free one, all keeping mail in the same folder.
      catcher = await startMailCatcher({ host: '127.0.0.1', port: config.outboxPort, dir }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' || config.outboxPort === 0) throw error;
        return startMailCatcher({ host: '127.0.0.1', port: 0, dir });
      });
      mailer = undefined;
      return catcher;
    },
    close: async () => {
      await dispatcher.stop();
      await catcher?.close();
      await jobs.close();
      await recognizer.close();
      await db.destroy();
    },
    cases: {
      // Registering goes through the one intake pipeline; it is offered with the case's use cases.
      ...bind(intakeDeps, { registerPetition }),
      ...bind(caseDeps, {
        getCaseForStaff,
        updateCaseFacts,
        listRecentIntake,
        listInbox,
        listInboxPage,
        listInboxAssignees,
        streamInbox,
        inboxChangeMark,
        listSavedViews,
        saveInboxView,
        removeSavedView,
        assignCase,
        changeCaseStatus,
        addCaseNote,
        acceptFollowUp,
        extendCaseDeadline,
        forwardCase,
        routeCaseToDepartment,
        listDeadlines,
        streamDeadlineCases,
        trackCase,
        showTrackedCase,
        readCaseDocument,
        verifyAudit,
        searchCases,
        getDocumentText,
        correctPageText,
        documentProgress,
        readDocumentForViewing,
        changeReplyLanguage,
        readReplyForResident,
        routingQuality,
        previewPage,
        mergeCases,
        unmergeCase,
        getMergeView,
        reopenCase,
        previewReopening,
        listRelatedCases,
        linkCases,
        unlinkCases,
      }),
      /** One action on a selection of inbox rows; routing goes through the routing slice, as from a case's page. */
      applyBulkAction: (actor: Actor, numbers: readonly string[], action: BulkAction) =>
        applyBulkAction(caseDeps, actor, numbers, action, (a, number, departmentId) => routeCaseToDepartment(caseDeps, a, number, departmentId)),
    },
    /** Similar cases on a case's page; the managers' campaigns, and one reply to a campaign. */
    duplicates: {
      listSimilarCases: (actor: Actor, number: string) => listSimilarCases(duplicateDeps, actor, number, (clusterId) => countCampaignMembers(duplicateDeps, clusterId)),
      ...bind(duplicateDeps, { listCampaigns, getCampaign, removeFromCampaign, addToCampaign }),
      ...bind(campaignReplyDeps, { campaignReplyForm, startCampaignReply, listCampaignReplies, resumeCampaignReply }),
    },
    replies: bind(replyDeps, {
      listReplyTemplates,
      startReply,
      saveReplyDraft,
      requestReplyApproval,
      approveReply,
      previewReply,
      signAndSendReply,
      getReplyForEditing,
      listCaseReplies,
      writeLetter,
      listPostalDispatch,
      dispatchPdf,
      recordPosted,
      listApprovalQueue,
      countApprovalQueue,
    }),
    intake: bind(intakeDeps, { submitWebPetition, sendStatusPageMessage, ingestEmail, ingestScan, registerWalkIn, splitDocument, getSplitView }),
    auth: bind(authDeps, { signIn, getSessionUser, signOut, addUser, updateUser, setOwnLocale, setPassword, listUsers }),
    staffNotifications: {
      ...bind(staffDigestDeps, { listStaffNotifications, countUnreadNotifications, markNotificationsRead }),
      /** The morning sweep and digests of a day, now (the job does it at seven; tests and the CLI call it). */
      runDeadlineSweep: (date: string) => runDeadlineSweep(staffDigestDeps, date),
    },
    departments: bind(authDeps, { listDepartments, findDepartment, listServiceCatalogue, findServiceBySlug, updateDepartment, loadCatalogue }),
    notifications: bind(caseDeps, { listForCase: listCaseNotifications }),
    /** The manager's cockpit; its rollups again from the case table (after a bulk load: seed-scale). */
    reports: { ...bind(reportDeps, { getCockpit }), rebuildRollups: (onProgress?: (cases: number) => void) => rebuildReportRollups(db, { onProgress }) },
    visits: bind(visitDeps, {
      listBookableServices, findBookableService, listServicePoints, freeSlots, freeDays, bookVisit, recordRemoteOutcome,
      findVisitForResident, cancelVisitByResident, moveVisitByResident, cancelVisitByStaff, getVisitForStaff,
      residentAccessWait, recordResidentAccessFailure, clearResidentAccessFailures,
      counterDay, checkInVisit, markVisitServed, markVisitNoShow, bookWalkIn, openCaseFromVisit, linkVisitToCase,
      listVisitsForCase, visitReport, sendVisitReminders, saveVisitCatalogue,
    }),
    // Without PUBLIC_URL the receipt's QR code points at the address the server listens on.
    receipts: bind({ ...caseDeps, publicUrl: config.publicUrl }, { printReceipt }),
  };
}
