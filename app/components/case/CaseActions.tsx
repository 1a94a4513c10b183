/**
 * The side column of a case page (routes/staff.cases.$number.tsx): who wrote, and the forms a clerk
 * acts with (route, assign, change status, extend the deadline, add a note). Each form posts an
 * `intent` to the route's action, which checks role and department before anything changes.
 */
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../CsrfInput';
import { SelectForm } from './SelectForm';

export function PetitionerPanel({ petitioner }: { petitioner: { name: string | null; email: string | null; phone: string | null; address: string | null } }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="petitioner-heading" className="panel">
      <h2 id="petitioner-heading">{t('case.petitioner')}</h2>
      <p>{petitioner.name || t('case.unknownPetitioner')}</p>
      {petitioner.email ? <p>{petitioner.email}</p> : null}
      {petitioner.phone ? <p>{petitioner.phone}</p> : null}
      {petitioner.address ? <p>{petitioner.address}</p> : null}
    </section>
  );
}

export interface RoutingSuggestions {
  top3: { departmentId: string; name: string; percent: number }[];
  evidence: string[];
}

export function RoutingPanel({ kase, suggestions, departments }: { kase: { departmentId: string | null }; suggestions: RoutingSuggestions; departments: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
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
      <SelectForm
        intent="route"
        name="departmentId"
        label={t('case.routeTo')}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={kase.departmentId ?? ''}
        placeholder={t('inbox.triage')}
        required
        submit={t('case.route')}
      />
    </section>
  );
}

export function AssignPanel({ kase, assignees, me }: { kase: { assigneeId: string | null }; assignees: { id: string; name: string }[]; me: string }) {
  const { t } = useTranslation();
  const canAssignMe = assignees.some((a) => a.id === me) && kase.assigneeId !== me;
  return (
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
      <SelectForm
        intent="assign"
        name="assigneeId"
        label={t('case.assignTo')}
        options={assignees.map((a) => ({ value: a.id, label: a.name }))}
        defaultValue={kase.assigneeId ?? ''}
        submit={t('case.assign')}
        secondary
      />
    </section>
  );
}

export function StatusPanel({ nextStatuses }: { nextStatuses: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="status-heading" className="panel">
      <h2 id="status-heading">{t('case.changeStatus')}</h2>
      <SelectForm
        intent="status"
        name="to"
        label={t('case.newStatus')}
        options={nextStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        submit={t('case.changeStatus')}
      >
        <label htmlFor="status-note">{t('case.noteOptional')}</label>
        <textarea id="status-note" name="note" rows={2} />
      </SelectForm>
    </section>
  );
}

export function ExtendPanel({ kase }: { kase: { kind: string } }) {
  const { t } = useTranslation();
  return (
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
  );
}

export function NotePanel() {
  const { t } = useTranslation();
  return (
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
  );
}
