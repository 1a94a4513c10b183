import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { isServedLanguage, LANGUAGES, type Lang } from '../../server/languages';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { caseLinkSchema, extensionSchema, forwardingSchema, noteSchema, reopenSchema, statusChangeSchema, type CaseFactsInput } from '../.server/domain';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { formValues, parseFields, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { AssignPanel, ExtendPanel, NotePanel, PetitionerPanel, RoutingPanel, StatusPanel } from '../components/case/CaseActions';
import { DocumentsPanel, PetitionPanel, ReplyPanel } from '../components/case/CasePanels';
import { ClockPanel } from '../components/case/ClockPanel';
import { FactsPanel } from '../components/case/FactsPanel';
import { ForwardPanel } from '../components/case/ForwardPanel';
import { NotificationsPanel } from '../components/case/NotificationsPanel';
import { ReceiptButton } from '../components/case/ReceiptButton';
import { MergePanel, MergedNotice, SplitFlash, type MergePanelData } from '../components/case/MergePanel';
import { ConfidencePanel, type ConfidenceData } from '../components/case/ConfidencePanel';
import { RelatedCasesPanel } from '../components/case/RelatedCasesPanel';
import { SimilarCasesPanel } from '../components/duplicates/SimilarCasesPanel';
import { ReopenPanel } from '../components/case/ReopenPanel';
import { CaseTimeline } from '../components/CaseTimeline';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { StatusBadge } from '../components/StatusBadge';
import { titleFromLoader } from '../meta';
import caseStyles from '../styles/case.css?url';
import type { RoutingSuggestion } from '../../server/cases/case';
import type { CaseEvent, CaseEventBody } from '../../server/cases/case-events';
import type { StaffCaseView } from '../../server/cases/get-case';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: caseStyles }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const view = await orHttpError(() => context.services.cases.getCaseForStaff(user, params.number ?? ''));
  const [departments, templates, replies, notifications] = await Promise.all([
    context.services.departments.listDepartments({ activeOnly: true }),
    context.services.replies.listReplyTemplates(user, params.number ?? ''),
    context.services.replies.listCaseReplies(user, params.number ?? ''),
    context.services.notifications.listForCase(user, params.number ?? ''),
  ]);
  const sent = new URL(request.url).searchParams.get('sent');
  const merge: MergePanelData = await orHttpError(() => context.services.cases.getMergeView(user, params.number ?? ''));
  const [related, reopen, similar] = await Promise.all([
    orHttpError(() => context.services.cases.listRelatedCases(user, params.number ?? '')),
    orHttpError(() => context.services.cases.previewReopening(user, params.number ?? '')),
    orHttpError(() => context.services.duplicates.listSimilarCases(user, params.number ?? '')),
  ]);
  // After a split: the new cases' numbers, as the split page passed them on.
  const splitNumbers = (new URL(request.url).searchParams.get('split') ?? '').split(',').filter((n) => /^[A-Z]{3}-\d{4}-\d{6}$/.test(n));
  const { kase, petitioner } = view;
  const t = await translator(user.locale);
  const accepted = new Set(view.events.flatMap((e) => (e.type === 'follow_up_accepted' ? [e.data.eventId] : [])));
  return {
    title: `${kase.number} — ${kase.subject || t('case.noSubject')}`,
    locale: user.locale,
    me: user.id,
    notifications,
    kase: {
      number: kase.number,
      status: kase.status,
      subject: kase.subject,
      body: kase.body,
      channel: kase.channel,
      kind: kase.kind,
      language: kase.language,
      replyLanguage: kase.replyLanguage,
      departmentId: kase.departmentId,
      assigneeId: kase.assigneeId,
      receivedAt: kase.receivedAt,
      registeredOn: kase.registeredOn,
      dueOn: kase.dueOn,
      deadline: view.deadline,
    },
    clock: { ...view.clock, resumeRule: view.resumeRule, forwardingDueOn: view.forwardingDueOn },
    mayForward: view.mayForward,
    petitioner: { name: petitioner.name, email: petitioner.email, phone: petitioner.phone, address: petitioner.address },
    facts: {
      name: petitioner.name,
      address: petitioner.address,
      email: petitioner.email,
      phone: petitioner.phone,
      language: petitioner.language,
      subject: kase.subject,
      kind: kase.kind,
      letterDate: kase.letterDate,
      deliveryChannel: kase.deliveryChannel,
      fromLetter: Object.entries(kase.factsSource).flatMap(([fact, source]) => (source === 'letter' ? [fact] : [])),
    },
    documents: view.documents.map((d) => ({
      id: d.id,
      filename: d.filename,
      mediaType: d.mediaType,
      sizeKb: Math.ceil(d.sizeBytes / 1024),
      role: d.role,
      status: d.status,
      problem: d.problem,
      pageCount: d.pageCount,
      pagesDone: d.pagesDone,
    })),
    reviewReason: kase.reviewReason,
    suggestions: routingSuggestions(view.routingSuggestion, departments, user.locale),
    confidence: confidenceOf(view, departments, user.locale),
    related,
    similar,
    mayOpenCampaigns: user.role === 'manager' || user.role === 'admin',
    mayLink: view.mayWork,
    reopen,
    templates: templates.map((tp) => ({ id: tp.id, kind: tp.kind, title: tp.title[kase.replyLanguage] })),
    replies: replies.map((r) => ({ id: r.id, subject: r.subject, status: r.status, language: r.language, documentId: r.documentId, delivery: r.delivery })),
    sent,
    merge,
    splitNumbers,
    // Back to work from "answered" goes through the reopen form, which states the reason and sets the new term.
    nextStatuses: reopen ? view.nextStatuses.filter((s) => s !== 'in_progress') : view.nextStatuses,
    assignees: view.assignees,
    departments: departments.map((d) => ({ id: d.id, name: d.names[user.locale] })),
    timeline: view.events
      .slice()
      .reverse()
      .map((e) => ({
        key: e.id,
        type: e.type === 'unrecognised' ? e.storedType : e.type,
        at: e.createdAt,
        status: e.type === 'status_changed' ? e.data.to : undefined,
        actor: e.actorType === 'user' && e.actorId ? view.actorNames[e.actorId] ?? null : e.actorType === 'system' ? t('event.actor.system') : t('event.actor.petitioner'),
        detail: eventDetail(e),
        internal: e.visibility === 'internal',
        acceptable: e.type === 'unverified_message_received' && !accepted.has(e.id),
      })),
  };
}

/** The router's suggestions for a case in triage: the top three and the words that drove them. */
function routingSuggestions(suggestion: Pick<RoutingSuggestion, 'top3' | 'evidence'> | null, departments: { id: string; names: Record<string, string> }[], locale: string) {
  const top3 = suggestion?.top3 ?? [];
  const evidence = (suggestion?.evidence ?? []).slice(0, 12);
  const names = new Map(departments.map((d) => [d.id, d.names[locale]]));
  return {
    top3: top3.filter((s) => names.has(s.departmentId)).map((s) => ({ departmentId: s.departmentId, name: names.get(s.departmentId)!, percent: Math.round(s.confidence * 100) })),
    evidence,
  };
}

/** A language's name in the reader's language ("lenkų", "polski"), for any code the detector returns. */
function languageName(code: string, locale: Lang): string {
  try {
    return new Intl.DisplayNames([LANGUAGES[locale].intlLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The language and routing as a clerk reads them: the detector's confidence (none when the petitioner chose
 * the language), the router's suggestions, and who put the case in its department: the last re-route by a
 * person, else the registration (from review by a person, by the form's topic, or by the router).
 */
function confidenceOf(view: StaffCaseView, departments: { id: string; names: Record<string, string> }[], locale: Lang): ConfidenceData {
  const names = new Map(departments.map((d) => [d.id, d.names[locale] ?? d.id]));
  const s = view.routingSuggestion;
  const detected = s?.detectedLanguage ?? null;
  const percent = (x: number) => Math.round(x * 100);
  const languageCode = detected ?? view.kase.language;
  const department = view.kase.departmentId ? names.get(view.kase.departmentId) ?? view.kase.departmentId : null;
  const personName = (e: CaseEvent) => (e.actorType === 'user' && e.actorId ? view.actorNames[e.actorId] ?? null : null);
  let routing: ConfidenceData['routing'] = { how: 'triage' };
  if (department) {
    const rerouted = view.events.filter((e) => e.type === 'department_changed' && e.actorType === 'user').at(-1);
    const registered = view.events.find((e) => e.type === 'case_registered');
    const reg = registered?.type === 'case_registered' ? registered.data : null;
    if (rerouted) routing = { how: 'person', department, name: personName(rerouted) };
    else if (reg?.reviewedBy || (registered && registered.actorType === 'user')) routing = { how: 'person', department, name: registered ? personName(registered) : null };
    else if (reg?.serviceSlug) routing = { how: 'form', department };
    else if (s && reg?.departmentId === view.kase.departmentId) routing = { how: 'auto', department, percent: percent(s.departmentConfidence) };
    else routing = { how: 'person', department, name: null };
  }
  return {
    language: languageCode ? languageName(languageCode, locale) : null,
    languagePercent: detected && s?.languageConfidence != null ? percent(s.languageConfidence) : null,
    languageNeedsReview: Boolean(s?.languageNeedsReview),
    suggestions: (s?.top3 ?? []).map((x) => ({ name: names.get(x.departmentId) ?? x.departmentId, percent: percent(x.confidence) })),
    routing,
  };
}

/** What the staff trail shows under an event: the note, the assignee, the extension's reason. */
function eventDetail(e: CaseEventBody | { type: 'unrecognised' }): string | null {
  switch (e.type) {
    case 'note_added':
      return e.data.text;
    case 'case_assigned':
      return e.data.assigneeName;
    case 'deadline_extended':
      return `${e.data.from} → ${e.data.to}: ${e.data.reason}`;
    case 'case_forwarded':
      return `${e.data.institution}: ${e.data.reason}`;
    case 'message_received':
      // The petitioner's own words (an e-mail in the thread, a letter, or the status page).
      return [e.data.subject, e.data.text.slice(0, 1000)].filter(Boolean).join('\n');
    case 'clock_paused':
      return e.data.dueOn ? `${e.data.pausedOn} (${e.data.dueOn})` : e.data.pausedOn;
    case 'clock_resumed':
      return `${e.data.from ?? '—'} → ${e.data.to}`;
    case 'reply_returned':
      return e.data.comment;
    case 'case_reopened':
      return `${e.data.previousDueOn ?? '—'} → ${e.data.dueOn}: ${e.data.reason}`;
    case 'case_linked':
    case 'case_unlinked':
      return e.data.caseNumber;
    case 'unverified_message_received':
      // Who it claims to be from and what it says: the clerk judges whether it is the petitioner's.
      return `${e.data.fromAddress ?? '?'}: ${e.data.subject}\n${e.data.text.slice(0, 1000)}`;
    default:
      return null;
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await orHttpError(() => readForm(request, context));
  const number = params.number ?? '';
  const intent = formData.get('intent');
  try {
    switch (intent) {
      case 'assign': {
        const target = String(formData.get('assigneeId') ?? '');
        await context.services.cases.assignCase(user, number, target === 'me' ? user.id : target);
        return { ok: true, message: 'case.assigned' };
      }
      case 'status': {
        const parsed = parseFields(statusChangeSchema, formValues(formData, ['to', 'note']));
        if (!parsed.ok) return { ok: false, error: 'errors.invalid_input' };
        await context.services.cases.changeCaseStatus(user, number, parsed.data.to, parsed.data.note);
        return { ok: true, message: 'case.statusChanged' };
      }
      case 'note': {
        const parsed = parseFields(noteSchema, formValues(formData, ['text']));
        if (!parsed.ok) return { ok: false, error: 'case.noteEmpty' };
        await context.services.cases.addCaseNote(user, number, parsed.data.text);
        return { ok: true, message: 'case.noteAdded' };
      }
      case 'extend': {
        const parsed = parseFields(extensionSchema, formValues(formData, ['workingDays', 'reason']));
        if (!parsed.ok) return { ok: false, error: 'case.extensionInvalid' };
        await context.services.cases.extendCaseDeadline(user, number, parsed.data);
        return { ok: true, message: 'case.extended' };
      }
      case 'forward': {
        const parsed = parseFields(forwardingSchema, formValues(formData, ['institution', 'reason', 'contact']));
        if (!parsed.ok) return { ok: false, error: 'forward.invalid' };
        await context.services.cases.forwardCase(user, number, parsed.data);
        return { ok: true, message: 'forward.done' };
      }
      case 'startReply': {
        const id = await context.services.replies.startReply(user, number, String(formData.get('templateId') ?? ''));
        return redirect(`/staff/replies/${id}`);
      }
      case 'replyLanguage': {
        const lang = String(formData.get('replyLanguage') ?? '');
        if (!isServedLanguage(lang)) return { ok: false, error: 'errors.invalid_input' };
        await context.services.cases.changeReplyLanguage(user, number, lang);
        return { ok: true, message: 'reply.languageChanged' };
      }
      case 'acceptFollowUp': {
        await context.services.cases.acceptFollowUp(user, number, String(formData.get('eventId') ?? ''));
        return { ok: true, message: 'case.followUpAccepted' };
      }
      case 'facts': {
        await context.services.cases.updateCaseFacts(
          user,
          number,
          formValues(formData, ['name', 'address', 'email', 'phone', 'language', 'subject', 'kind', 'letterDate', 'deliveryChannel']) as CaseFactsInput,
        );
        return { ok: true, message: 'facts.saved' };
      }
      case 'merge': {
        const into = String(formData.get('into') ?? '').trim();
        if (!into) return { ok: false, error: 'errors.invalid_input' };
        try {
          await context.services.cases.mergeCases(user, { number, into });
        } catch (error) {
          // A number that does not exist (or that this clerk may not see) is a mistake in the form, not a missing page.
          if ((error as { code?: string }).code === 'not_found') return { ok: false, error: 'merge.targetNotFound' };
          throw error;
        }
        return { ok: true, message: 'merge.done' };
      }
      case 'unmerge': {
        await context.services.cases.unmergeCase(user, number);
        return { ok: true, message: 'merge.undone' };
      }
      case 'reopen': {
        const parsed = parseFields(reopenSchema, formValues(formData, ['reason']));
        if (!parsed.ok || formData.get('confirm') !== 'yes') return { ok: false, error: 'caseLinks.reopen.errors.invalid' };
        await context.services.cases.reopenCase(user, number, parsed.data);
        return { ok: true, message: 'caseLinks.reopen.done' };
      }
      case 'link':
      case 'unlink': {
        const parsed = parseFields(caseLinkSchema, formValues(formData, ['other']));
        if (!parsed.ok) return { ok: false, error: 'caseLinks.errors.invalid' };
        if (intent === 'link') await context.services.cases.linkCases(user, number, parsed.data);
        else await context.services.cases.unlinkCases(user, number, parsed.data);
        return { ok: true, message: intent === 'link' ? 'caseLinks.linked' : 'caseLinks.unlinked' };
      }
      case 'route': {
        await context.services.cases.routeCaseToDepartment(user, number, String(formData.get('departmentId') ?? ''));
        return { ok: true, message: 'case.routed' };
      }
      default:
        return { ok: false, error: 'errors.invalid_input' };
    }
  } catch (error) {
    return { ok: false, error: inlineErrorKey(error, ['invalid_input', 'illegal_transition', 'extension_not_allowed', 'conflict']) };
  }
}

export default function CasePage() {
  const { t } = useTranslation();
  const { kase, petitioner, facts, merge, splitNumbers, documents, nextStatuses, assignees, departments, timeline, locale, me, reviewReason, templates, replies, sent, suggestions, notifications, clock, mayForward, confidence, related, similar, mayOpenCampaigns, mayLink, reopen } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <div className="case-head">
        <h1>
          <span className="case-number">{kase.number}</span> {kase.subject || t('case.noSubject')}
        </h1>
        <p className="case-meta">
          <StatusBadge status={kase.status} /> <DeadlineBadge deadline={kase.deadline} />
        </p>
      </div>
      {sent ? (
        <div className="flash" role="status">
          <p>{t(sent === 'email' ? 'reply.sentByEmail' : sent === 'post' ? 'dispatch.sentByPost' : sent === 'in_person' ? 'dispatch.collectInPerson' : 'reply.sentForDownload')}</p>
        </div>
      ) : null}
      <SplitFlash numbers={splitNumbers} />
      <MergedNotice merge={merge} />
      {kase.status === 'needs_review' && reviewReason ? (
        <div className="notice" role="note">
          {t('case.reviewBecause')} {t(`review.${reviewReason}`)}
        </div>
      ) : null}
      {result ? (
        <div className={result.ok ? 'flash' : 'error-summary'} role={result.ok ? 'status' : 'alert'}>
          <p>{t(result.ok ? (result.message as string) : (result.error as string))}</p>
        </div>
      ) : null}
      <div className="case-layout">
        <div className="case-main">
          <PetitionPanel kase={kase} locale={locale} />
          <FactsPanel facts={facts} />
          <RelatedCasesPanel related={related} locale={locale} mayLink={mayLink} />
          <SimilarCasesPanel data={similar} locale={locale} mayMerge={merge.mayMerge} mayOpenCampaigns={mayOpenCampaigns} />
          <ReplyPanel kase={kase} replies={replies} templates={templates} />
          <DocumentsPanel kase={kase} documents={documents} locale={locale} />
          <NotificationsPanel notifications={notifications} locale={locale} />
          <section aria-labelledby="trail-heading" className="panel">
            <h2 id="trail-heading">{t('case.timeline')}</h2>
            <CaseTimeline entries={timeline} lang={locale} />
          </section>
        </div>
        <aside className="case-side" aria-label={t('case.actions')}>
          <PetitionerPanel petitioner={petitioner} />
          <ReceiptButton kase={kase} />
          <MergePanel merge={merge} />
          <ConfidencePanel confidence={confidence} />
          <RoutingPanel kase={kase} suggestions={suggestions} departments={departments} />
          {kase.departmentId ? <AssignPanel kase={kase} assignees={assignees} me={me} /> : null}
          {nextStatuses.length > 0 ? <StatusPanel nextStatuses={nextStatuses} /> : null}
          <ClockPanel clock={clock} locale={locale} />
          {reopen ? <ReopenPanel reopen={reopen} locale={locale} /> : null}
          {kase.deadline ? <ExtendPanel kase={kase} /> : null}
          {mayForward ? <ForwardPanel forwardingDueOn={clock.forwardingDueOn} locale={locale} /> : null}
          <NotePanel />
        </aside>
      </div>
    </>
  );
}

