/**
 * What the two booking pages (the 1664 line's and the resident's) share on the server: the step the
 * address asks for and its data, and reading the booking form. Server only.
 */
import type { AppLoadContext } from '@remix-run/node';
import { z } from 'zod';
import type { BookableService, FreeSlot, Visit } from '../../../server/visits/visit';
import { SERVED_LANGUAGES, type Lang } from '../../../server/languages';
import { vilniusDateOf } from '../../.server/export.server';
import { parseFields } from '../../.server/forms.server';
import { parseSlotValue, type BookingView, type DayOption, type ServiceView, type SlotGroup } from './booking-view';
import type { ConfirmedVisit } from './VisitConfirmation';

/** How far ahead the day picker looks: three weeks hold the next free day of every seeded service. */
const DAYS_AHEAD = 21;

export function serviceView(s: BookableService, lang: Lang): ServiceView {
  return {
    slug: s.slug,
    name: s.texts[lang].name,
    description: s.texts[lang].description,
    durationSlots: s.durationSlots,
    remote: s.remote,
  };
}

export function todayOf(context: AppLoadContext): string {
  return vilniusDateOf(context.services.clock.now());
}

const vilniusMinute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Now as a Vilnius local 'YYYY-MM-DDTHH:MM', comparable with a visit's start. */
export function vilniusNowLocal(context: AppLoadContext): string {
  return vilniusMinute.format(context.services.clock.now()).replace(' ', 'T');
}

/** Free slots as the pages offer them: one choice per service point and start (the first free counter takes it). */
export async function slotGroups(context: AppLoadContext, slots: FreeSlot[], lang: Lang): Promise<SlotGroup[]> {
  const points = new Map((await context.services.visits.listServicePoints()).map((p) => [p.id, p]));
  const groups = new Map<string, SlotGroup>();
  const seen = new Set<string>();
  for (const s of slots) {
    const value = `${s.servicePointId}|${s.start}`;
    if (seen.has(value)) continue;
    seen.add(value);
    let g = groups.get(s.servicePointId);
    if (!g) {
      const p = points.get(s.servicePointId);
      g = {
        servicePointId: s.servicePointId,
        name: p ? p.names[lang] : s.servicePointSlug,
        address: p?.address ?? '',
        slots: [],
      };
      groups.set(s.servicePointId, g);
    }
    g.slots.push({ value, start: s.start, end: s.end });
  }
  for (const g of groups.values()) g.slots.sort((a, b) => a.start.localeCompare(b.start));
  return [...groups.values()];
}

/**
 * The step a booking address stands at: `?service=` chosen → the remote question; `&need=1` (with
 * `why`, which a matter that can be done remotely requires; the resident, whose matter cannot, skips
 * the question, while the phone line still records how the call ended) → the day (`&date=`, else the first day
 * with a free time) and its free times.
 */
export async function loadBookingView(
  context: AppLoadContext,
  url: URL,
  lang: Lang,
  options: {
    offered: (s: BookableService) => boolean;
    askWhenRemoteImpossible: boolean;
  }
): Promise<BookingView> {
  const [all, departments] = await Promise.all([context.services.visits.listBookableServices(), context.services.departments.listDepartments()]);
  const services = all.filter(options.offered);
  const deptName = new Map(departments.map((d) => [d.id, d.names[lang]]));
  const byDept = new Map<string, { slug: string; name: string }[]>();
  for (const s of services) {
    const list = byDept.get(s.departmentId) ?? [];
    list.push({ slug: s.slug, name: s.texts[lang].name });
    byDept.set(s.departmentId, list);
  }
  const groups = [...byDept].map(([id, list]) => ({
    department: deptName.get(id) ?? id,
    services: list,
  }));
  const chosen = services.find((s) => s.slug === url.searchParams.get('service')) ?? null;
  const why = (url.searchParams.get('why') ?? '').slice(0, 1000);
  const base: BookingView = {
    step: 'service',
    groups,
    service: chosen ? serviceView(chosen, lang) : null,
    why,
    whyMissing: false,
    days: [],
    date: null,
    slots: [],
  };
  if (!chosen) return base;
  const needAsked = url.searchParams.get('need') === '1' || (!chosen.remote.possible && !options.askWhenRemoteImpossible);
  if (!needAsked) return { ...base, step: 'remote' };
  if (chosen.remote.possible && why.trim() === '') return { ...base, step: 'remote', whyMissing: true };
  const days: DayOption[] = await context.services.visits.freeDays(chosen.slug, todayOf(context), DAYS_AHEAD);
  const asked = url.searchParams.get('date');
  const date = days.find((d) => d.date === asked)?.date ?? days.find((d) => d.free > 0)?.date ?? null;
  const slots = date ? await slotGroups(context, await context.services.visits.freeSlots(chosen.slug, date), lang) : [];
  return { ...base, step: 'slot', days, date, slots };
}

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,24}$/);
const bookingSchema = z.object({
  service: z.string().min(1).max(100),
  why: z.string().trim().max(1000).optional(),
  slot: z
    .string()
    .max(200)
    .refine((v) => parseSlotValue(v) !== null),
  name: z.string().trim().min(2).max(200),
  phone,
  email: z.union([z.literal(''), z.string().trim().email().max(254)]).optional(),
  language: z.enum(SERVED_LANGUAGES),
});

export const BOOKING_FIELDS = ['service', 'why', 'date', 'slot', 'name', 'phone', 'email', 'language'] as const;

export type BookingInput = {
  serviceSlug: string;
  start: string;
  servicePointId: string;
  whyVisit: string | null;
  person: { name: string; phone: string; email: string | null; language: Lang };
};

/** The booking form, checked: the booking, or an error code per field. */
export function parseBooking(values: Record<string, string | undefined>): { ok: true; data: BookingInput } | { ok: false; errors: Record<string, string> } {
  const parsed = parseFields(bookingSchema, values);
  if (!parsed.ok) return parsed;
  const slot = parseSlotValue(parsed.data.slot)!;
  return {
    ok: true,
    data: {
      serviceSlug: parsed.data.service,
      start: slot.start,
      servicePointId: slot.servicePointId,
      whyVisit: parsed.data.why ? parsed.data.why : null,
      person: {
        name: parsed.data.name,
        phone: parsed.data.phone,
        email: parsed.data.email ? parsed.data.email : null,
        language: parsed.data.language,
      },
    },
  };
}

/** A visit as its confirmation shows it, in the reader's language. */
export async function confirmedView(context: AppLoadContext, visit: Visit, code: string | null, lang: Lang): Promise<ConfirmedVisit> {
  const [service, points] = await Promise.all([context.services.visits.findBookableService(visit.serviceSlug), context.services.visits.listServicePoints()]);
  const point = points.find((p) => p.id === visit.servicePointId);
  return {
    reference: visit.reference,
    code,
    start: visit.start,
    end: visit.end,
    serviceName: service ? service.texts[lang].name : visit.serviceSlug,
    pointName: point ? point.names[lang] : '',
    address: point?.address ?? '',
    counter: visit.counter,
  };
}
