/** The counter's actions on a visit and the walk-in, each one use case, answered inline. Server only. */
import type { AppLoadContext } from '@remix-run/node';
import { z } from 'zod';
import { SERVED_LANGUAGES } from '../../../server/languages';
import type { User } from '../../.server/auth.server';
import { inlineErrorKey } from '../../.server/errors.server';
import { parseFields } from '../../.server/forms.server';
import { translator } from '../../.server/i18n.server';
import { timeOf } from './visit-format';

export type CounterResult = { ok: boolean; key: string; params?: Record<string, string | number> };

const walkInSchema = z.object({
  service: z.string().min(1).max(100),
  point: z.string().min(1).max(100),
  name: z.string().trim().min(2).max(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{5,24}$/),
  email: z.union([z.literal(''), z.string().trim().email().max(254)]).optional(),
  language: z.enum(SERVED_LANGUAGES),
});
const openCaseSchema = z.object({ subject: z.string().trim().min(3).max(300), body: z.string().trim().min(3).max(20_000) });

/**
 * One action of the counter's page. Authorisation is the use case's (staff of the point's department,
 * the registry, managers, admins: anyone else is refused with 403); what a person can put right
 * (a visit already checked in, a case number that does not exist, no free time left) is said inline.
 */
export async function readCounterAction(context: AppLoadContext, user: User, values: Record<string, string | undefined>): Promise<CounterResult> {
  const v = context.services.visits;
  const t = await translator(user.locale);
  const invalid = (errors: Record<string, string>): CounterResult => {
    const [field, code] = Object.entries(errors)[0] ?? ['form', 'invalid'];
    return { ok: false, key: `form.error.${code}`, params: { field: t(`visits.field.${field}`) } };
  };
  const visitId = (values.visitId ?? '').slice(0, 100);
  const inline = (error: unknown, codes: Parameters<typeof inlineErrorKey>[1] = ['illegal_transition', 'conflict', 'invalid_input']): CounterResult => ({
    ok: false,
    key: inlineErrorKey(error, codes),
  });
  try {
    switch (values.intent) {
      case 'checkIn':
        await v.checkInVisit(user, visitId);
        return { ok: true, key: 'visits.day.done' };
      case 'served':
        await v.markVisitServed(user, visitId, values.notes?.trim().slice(0, 10_000) || null);
        return { ok: true, key: 'visits.day.done' };
      case 'noShow':
        await v.markVisitNoShow(user, visitId);
        return { ok: true, key: 'visits.day.done' };
      case 'openCase': {
        const parsed = parseFields(openCaseSchema, values);
        if (!parsed.ok) return invalid(parsed.errors);
        const opened = await v.openCaseFromVisit(user, visitId, parsed.data);
        return { ok: true, key: 'visits.day.caseOpened', params: { number: opened.caseNumber } };
      }
      case 'linkCase': {
        const number = (values.caseNumber ?? '').trim().toUpperCase().slice(0, 40);
        if (!number) return invalid({ caseNumber: 'required' });
        try {
          await v.linkVisitToCase(user, visitId, number);
        } catch (error) {
          // A case number that does not exist (or is another department's) is a typo to correct here.
          return inline(error, ['not_found', 'illegal_transition', 'conflict', 'invalid_input']);
        }
        return { ok: true, key: 'visits.day.done' };
      }
      case 'walkIn': {
        const parsed = parseFields(walkInSchema, values);
        if (!parsed.ok) return invalid(parsed.errors);
        const { service, point, ...person } = parsed.data;
        const booked = await v.bookWalkIn(user, {
          serviceSlug: service,
          servicePointId: point,
          person: { ...person, email: person.email ? person.email : null },
        });
        return {
          ok: true,
          key: 'visits.day.walkInBooked',
          params: { name: booked.visit.person.name, time: timeOf(booked.visit.start), counter: booked.visit.counter, reference: booked.visit.reference },
        };
      }
      default:
        return { ok: false, key: 'errors.invalid_input' };
    }
  } catch (error) {
    return inline(error);
  }
}
