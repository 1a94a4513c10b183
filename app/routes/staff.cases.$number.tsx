import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { isServedLanguage, LANGUAGES, SERVED_LANGUAGES } from '../../server/languages';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { extensionSchema, noteSchema, statusChangeSchema } from '../.server/domain';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { formValues, parseFields, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CaseTimeline } from '../components/CaseTimeline';
import { CsrfInput } from '../components/CsrfInput';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const view = await orHttpError(() => context.services.cases.getCaseForStaff(user, params.number ?? ''));
  const [departments, templates, replies] = await Promise.all([
    context.services.departments.listDepartments({ activeOnly: true }),
    context.services.replies.listReplyTemplates(user, params.number ?? ''),
    context.services.replies.listCaseReplies(user, params.number ?? ''),
  ]);
  const sent = new URL(request.url).searchParams.get('sent');
  const { kase, petitioner } = view;
  const t = await translator(user.locale);
  return {
    title: `${kase.number} — ${kase.subject || t('case.noSubject')}`,
    locale: user.locale,
    me: user.id,
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
    petitioner: { name: petitioner.name, email: petitioner.email, phone: petitioner.phone, address: petitioner.address },
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
    suggestions: routingSuggestions(view.events, departments, user.locale),
    templates: templates.map((tp) => ({ id: tp.id, kind: tp.kind, title: tp.title[kase.replyLanguage] })),
    replies: replies.map((r) => ({ id: r.id, subject: r.subject, status: r.status, language: r.language, documentId: r.documentId, delivery: r.delivery })),
    sent,
    nextStatuses: view.nextStatuses,
    assignees: view.assignees,
    departments: departments.map((d) => ({ id: d.id, name: d.names[user.locale] })),
    timeline: view.events
      .slice()
      .reverse()
      .map((e) => ({
        key: e.id,
        type: e.type,
        at: e.createdAt,
        status: e.type === 'status_changed' && typeof e.data.to === 'string' ? e.data.to : undefined,
        actor: e.actorType === 'user' && e.actorId ? view.actorNames[e.actorId] ?? null : e.actorType === 'system' ? t('event.actor.system') : t('event.actor.petitioner'),
        detail: eventDetail(e.type, e.data),
        internal: e.visibility === 'internal',
      })),
  };
}

/** The router's suggestions for a case in triage: the top three and the words that drove them. */
function routingSuggestions(events: { type: string; data: Record<string, unknown> }[], departments: { id: string; names: Record<string, string> }[], locale: string) {
  const registered = events.find((e) => e.type === 'case_registered');
  const top3 = Array.isArray(registered?.data.top3) ? (registered!.data.top3 as { departmentId: string; confidence: number }[]) : [];
  const evidence = Array.isArray(registered?.data.evidence) ? (registered!.data.evidence as string[]).slice(0, 12) : [];
  const names = new Map(departments.map((d) => [d.id, d.names[locale]]));
  return {
    top3: top3.filter((s) => names.has(s.departmentId)).map((s) => ({ departmentId: s.departmentId, name: names.get(s.departmentId)!, percent: Math.round(s.confidence * 100) })),
    evidence,
  };
}

/** What the staff trail shows under an event: the note, the assignee, the extension's reason. */
function eventDetail(type: string, data: Record<string, unknown>): string | null {
  if (type === 'note_added' && typeof data.text === 'string') return data.text;
  if (type === 'case_assigned' && typeof data.assigneeName === 'string') return data.assigneeName;
  if (type === 'deadline_extended' && typeof data.reason === 'string') return `${String(data.from)} → ${String(data.to)}: ${data.reason}`;
  return null;
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
      case 'route': {
        await context.services.cases.routeCaseToDepartment(user, number, String(formData.get('departmentId') ?? ''));
        return { ok: true, message: 'case.routed' };
      }
      default:
        return { ok: false, error: 'errors.invalid_input' };
    }
  } catch (error) {
    return { ok: false, error: inlineErrorKey(error, ['invalid_input', 'illegal_transition', 'extension_not_allowed']) };
  }
}

export default function CasePage() {
  const { t } = useTranslation();
  const { kase, petitioner, documents: loadedDocuments, nextStatuses, assignees, departments, timeline, locale, me, reviewReason, templates, replies, sent, suggestions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const documents = useLiveDocuments(kase.number, loadedDocuments);
  const canAssignMe = assignees.some((a) => a.id === me) && kase.assigneeId !== me;
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
          <p>{t(sent === 'email' ? 'reply.sentByEmail' : 'reply.sentForDownload')}</p>
        </div>
      ) : null}
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
          <section aria-labelledby="petition-heading" className="panel">
            <h2 id="petition-heading">{t('case.petition')}</h2>
            <dl className="facts compact">
              <dt>{t('case.receivedAt')}</dt>
              <dd>{formatDateTime(kase.receivedAt, locale)}</dd>
              <dt>{t('case.channel')}</dt>
              <dd>{t(`channel.${kase.channel}`)}</dd>
              <dt>{t('case.kind')}</dt>
              <dd>{t(`kind.${kase.kind}`)}</dd>
              <dt>{t('case.language')}</dt>
              <dd>{kase.language ? t(`language.${kase.language}`) : '—'}</dd>
              {kase.registeredOn ? (
                <>
                  <dt>{t('case.registeredOn')}</dt>
                  <dd>{formatDate(kase.registeredOn, locale)}</dd>
                </>
              ) : null}
              {kase.dueOn ? (
                <>
                  <dt>{t('case.dueOn')}</dt>
                  <dd>{formatDate(kase.dueOn, locale)}</dd>
                </>
              ) : null}
            </dl>
            <div className="petition-body" lang={kase.language ?? undefined}>
              {kase.body}
            </div>
          </section>
          <section aria-labelledby="reply-heading" className="panel">
            <h2 id="reply-heading">{t('reply.heading')}</h2>
            {replies.length > 0 ? (
              <ul className="documents">
                {replies.map((r) => (
                  <li key={r.id}>
                    <a href={`/staff/replies/${r.id}`}>{r.subject}</a> <span className="badge">{t(`reply.status.${r.status}`)}</span>{' '}
                    <span className="muted">{t(`language.${r.language}`)}</span>
                    {r.documentId ? (
                      <>
                        {' '}
                        <a href={`/staff/documents/${r.documentId}`}>{t('reply.signedPdf')}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <Form method="post" className="inline-fields">
              <CsrfInput />
              <input type="hidden" name="intent" value="replyLanguage" />
              <label htmlFor="replyLanguage">{t('reply.language')}</label>
              <select id="replyLanguage" name="replyLanguage" defaultValue={kase.replyLanguage}>
                {SERVED_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {LANGUAGES[l].endonym}
                  </option>
                ))}
              </select>
              <button type="submit" className="button small secondary">
                {t('reply.changeLanguage')}
              </button>
            </Form>
            {templates.length > 0 ? (
              <Form method="post" className="inline-fields">
                <CsrfInput />
                <input type="hidden" name="intent" value="startReply" />
                <label htmlFor="templateId">{t('reply.template')}</label>
                <select id="templateId" name="templateId" lang={kase.replyLanguage}>
                  {templates.map((tp) => (
                    <option key={tp.id} value={tp.id}>
                      {tp.title}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button small">
                  {t('reply.write')}
                </button>
              </Form>
            ) : null}
          </section>
          <section aria-labelledby="docs-heading" className="panel">
            <h2 id="docs-heading">{t('case.documents')}</h2>
            {documents.length === 0 ? (
              <p className="muted">{t('case.noDocuments')}</p>
            ) : (
              <ul className="documents" aria-live="polite">
                {documents.map((d) => (
                  <li key={d.id} data-testid="document" data-status={d.status}>
                    <a href={`/staff/documents/${d.id}`}>{d.filename}</a>{' '}
                    <span className="muted">
                      ({d.mediaType}, {formatNumber(d.sizeKb, locale)} KB)
                    </span>{' '}
                    <span className={`badge doc-${d.status}`}>{t(`docStatus.${d.status}`)}</span>{' '}
                    {d.status === 'extracting' && d.pageCount ? (
                      <progress className="doc-progress" max={d.pageCount} value={d.pagesDone} aria-label={t('case.ocrProgress', { done: d.pagesDone, total: d.pageCount })} />
                    ) : null}
                    {d.status === 'extracted' || d.status === 'extracting' || d.problem ? (
                      <>
                        {' '}
                        <a href={`/staff/texts/${d.id}`}>{t('case.viewText')}</a>
                      </>
                    ) : null}
                    {d.problem ? <p className="doc-problem">{t(`problem.${d.problem}`)}</p> : null}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href={`/staff/intake?case=${kase.number}`}>{t('case.addScans')}</a>
            </p>
          </section>
          <section aria-labelledby="trail-heading" className="panel">
            <h2 id="trail-heading">{t('case.timeline')}</h2>
            <CaseTimeline entries={timeline} lang={locale} />
          </section>
        </div>
        <aside className="case-side" aria-label={t('case.actions')}>
          <section aria-labelledby="petitioner-heading" className="panel">
            <h2 id="petitioner-heading">{t('case.petitioner')}</h2>
            <p>{petitioner.name || t('case.unknownPetitioner')}</p>
            {petitioner.email ? <p>{petitioner.email}</p> : null}
            {petitioner.phone ? <p>{petitioner.phone}</p> : null}
            {petitioner.address ? <p>{petitioner.address}</p> : null}
          </section>
          <section aria-labelledby="route-heading" className="panel">
            <h2 id="route-heading">{t('case.department')}</h2>
            {!kase.departmentId && suggestions.top3.length > 0 ? (
              <div className="triage" data-testid="triage-suggestions">
                <p>{t('triage.suggested')}</p>
                {suggestions.top3.map((s) => (
                  <Form method="post" key={s.departmentId}>
                    <CsrfInput />
                    <input type="hidden" name="intent" value="route" />
                    <input type="hidden" name="departmentId" value={s.departmentId} />
                    <button type="submit" className="button small">
                      {t('triage.confirm', { department: s.name, percent: s.percent })}
                    </button>
                  </Form>
                ))}
                {suggestions.evidence.length > 0 ? (
                  <p className="muted">
                    {t('triage.because')} {suggestions.evidence.join(', ')}
                  </p>
                ) : null}
              </div>
            ) : null}
            <Form method="post" className="stack">
              <CsrfInput />
              <input type="hidden" name="intent" value="route" />
              <label htmlFor="departmentId">{t('case.routeTo')}</label>
              <select id="departmentId" name="departmentId" defaultValue={kase.departmentId ?? ''} required>
                <option value="" disabled>
                  {t('inbox.triage')}
                </option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="button small">
                {t('case.route')}
              </button>
            </Form>
          </section>
          {kase.departmentId ? (
            <section aria-labelledby="assign-heading" className="panel">
              <h2 id="assign-heading">{t('case.assignee')}</h2>
              <p>{assignees.find((a) => a.id === kase.assigneeId)?.name ?? t('case.unassigned')}</p>
              {canAssignMe ? (
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="assign" />
                  <input type="hidden" name="assigneeId" value="me" />
                  <button type="submit" className="button small">
                    {t('case.assignToMe')}
                  </button>
                </Form>
              ) : null}
              <Form method="post" className="stack">
                <CsrfInput />
                <input type="hidden" name="intent" value="assign" />
                <label htmlFor="assigneeId">{t('case.assignTo')}</label>
                <select id="assigneeId" name="assigneeId" defaultValue={kase.assigneeId ?? ''}>
                  {assignees.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button small secondary">
                  {t('case.assign')}
                </button>
              </Form>
            </section>
          ) : null}
          {nextStatuses.length > 0 ? (
            <section aria-labelledby="status-heading" className="panel">
              <h2 id="status-heading">{t('case.changeStatus')}</h2>
              <Form method="post" className="stack">
                <CsrfInput />
                <input type="hidden" name="intent" value="status" />
                <label htmlFor="to">{t('case.newStatus')}</label>
                <select id="to" name="to">
                  {nextStatuses.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
                <label htmlFor="status-note">{t('case.noteOptional')}</label>
                <textarea id="status-note" name="note" rows={2} />
                <button type="submit" className="button small">
                  {t('case.changeStatus')}
                </button>
              </Form>
            </section>
          ) : null}
          {kase.deadline ? (
            <section aria-labelledby="extend-heading" className="panel">
              <h2 id="extend-heading">{t('case.extendDeadline')}</h2>
              <p className="hint">{t(`case.extensionRule.${kase.kind}`)}</p>
              <Form method="post" className="stack">
                <CsrfInput />
                <input type="hidden" name="intent" value="extend" />
                <label htmlFor="workingDays">{t('case.extensionDays')}</label>
                <input id="workingDays" name="workingDays" type="number" min={1} max={20} defaultValue={10} required />
                <label htmlFor="extension-reason">{t('case.extensionReason')}</label>
                <textarea id="extension-reason" name="reason" rows={2} required />
                <button type="submit" className="button small secondary">
                  {t('case.extend')}
                </button>
              </Form>
            </section>
          ) : null}
          <section aria-labelledby="note-heading" className="panel">
            <h2 id="note-heading">{t('case.addNote')}</h2>
            <Form method="post" className="stack">
              <CsrfInput />
              <input type="hidden" name="intent" value="note" />
              <label htmlFor="note-text">{t('case.noteLabel')}</label>
              <textarea id="note-text" name="text" rows={3} required />
              <button type="submit" className="button small secondary">
                {t('case.addNote')}
              </button>
            </Form>
          </section>
        </aside>
      </div>
    </>
  );
}

type LiveDocument = { id: string; status: string; problem: string | null; pageCount: number | null; pagesDone: number };

/** Document states as the server streams them (text extraction may run in another process). */
function useLiveDocuments<D extends LiveDocument>(caseNumber: string, initial: D[]): D[] {
  const [documents, setDocuments] = useState(initial);
  useEffect(() => setDocuments(initial), [initial]);
  const pending = initial.some((d) => d.status === 'stored' || d.status === 'extracting');
  useEffect(() => {
    if (!pending || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/staff/cases/${caseNumber}/progress`);
    source.addEventListener('progress', (e) => {
      const update = JSON.parse((e as MessageEvent<string>).data) as { documents: LiveDocument[] };
      setDocuments((prev) => prev.map((d) => ({ ...d, ...(update.documents.find((u) => u.id === d.id) ?? {}) })));
    });
    source.addEventListener('done', () => source.close());
    return () => source.close();
  }, [caseNumber, pending]);
  return documents;
}
