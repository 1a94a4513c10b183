import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { isServedLanguage } from '../../server/languages';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { extensionSchema, forwardingSchema, noteSchema, statusChangeSchema, type CaseFactsInput } from '../.server/domain';
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
import { CaseTimeline } from '../components/CaseTimeline';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { StatusBadge } from '../components/StatusBadge';
import { titleFromLoader } from '../meta';
import type { RoutingSuggestion } from '../../server/cases/case';
import type { CaseEventBody } from '../../server/cases/case-events';

export const meta = titleFromLoader;

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
    templates: templates.map((tp) => ({ id: tp.id, kind: tp.kind, title: tp.title[kase.replyLanguage] })),
    replies: replies.map((r) => ({ id: r.id, subject: r.subject, status: r.status, language: r.language, documentId: r.documentId, delivery: r.delivery })),
    sent,
    merge,
    splitNumbers,
    nextStatuses: view.nextStatuses,
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
  const { kase, petitioner, facts, merge, splitNumbers, documents, nextStatuses, assignees, departments, timeline, locale, me, reviewReason, templates, replies, sent, suggestions, notifications, clock, mayForward } = useLoaderData<typeof loader>();
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
          <RoutingPanel kase={kase} suggestions={suggestions} departments={departments} />
          {kase.departmentId ? <AssignPanel kase={kase} assignees={assignees} me={me} /> : null}
          {nextStatuses.length > 0 ? <StatusPanel nextStatuses={nextStatuses} /> : null}
          <ClockPanel clock={clock} locale={locale} />
          {kase.deadline ? <ExtendPanel kase={kase} /> : null}
          {mayForward ? <ForwardPanel forwardingDueOn={clock.forwardingDueOn} locale={locale} /> : null}
          <NotePanel />
        </aside>
      </div>
    </>
  );
}

