/**
 * `desk visits slots|book`: the visits by appointment for tests and integrators.
 *   slots --service S --date YYYY-MM-DD   → JSON Lines {"start","end","servicePoint","counter"} (Vilnius
 *                                          local times), one per free start and counter; nothing on a closed day
 *   book --service S --start YYYY-MM-DDTHH:MM --name N --phone P [--email E] [--lang L]
 *                                        → {"reference","start","servicePoint"}, status 0; status 3 with the
 *                                          reason on stderr when the slot is taken, closed or not a slot
 * A booking from here is made as the public site makes one (no member of staff; the resident is told by e-mail).
 */
import { parseArgs } from 'node:util';
import { isValidCalendarDate } from '../deadlines/calendar.js';
import { isDomainError } from '../errors.js';
import { isServedLanguage } from '../languages.js';
import type { Services } from '../services.js';

type Out = Pick<NodeJS.WritableStream, 'write'>;

export const VISITS_USAGE = [
  '  visits slots --service SLUG --date YYYY-MM-DD',
  '                               free visit slots as JSON Lines (Vilnius local times); nothing on a closed day',
  '  visits book --service SLUG --start YYYY-MM-DDTHH:MM --name N --phone P [--email E] [--lang lt|pl|ru|en]',
  '                               book a visit; prints its reference, exits 3 when taken, closed or not a slot',
].join('\n');

/** Refusals a caller can act on (another time, another day): status 3, as the command line promises. */
const REFUSALS: Record<string, string> = {
  'errors.visit_slot_taken': 'slot taken: another visit holds this time; choose another free slot',
  'errors.visit_closed': 'closed: the service point is not open at this time (weekend, public holiday, closure, outside hours or past)',
  'errors.visit_not_a_slot': 'not a slot: this start is not on the 15-minute grid of this service at its service points',
  'errors.visit_limit': 'too many visits: this person already holds the most future visits allowed',
};
export const REFUSED_EXIT_CODE = 3;

export async function runVisitsCommand(services: Services, argv: string[], out: Out, err: Out): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'slots') return slotsCommand(services, rest, out, err);
  if (sub === 'book') return bookCommand(services, rest, out, err);
  err.write(`usage:\n${VISITS_USAGE}\n`);
  return 1;
}

async function slotsCommand(services: Services, argv: string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { service: { type: 'string' }, date: { type: 'string' } } });
  if (!values.service || !values.date || !isValidCalendarDate(values.date)) {
    err.write('usage: desk visits slots --service SLUG --date YYYY-MM-DD\n');
    return 1;
  }
  return reportingErrors(err, async () => {
    const points = new Map((await services.visits.listServicePoints()).map((p) => [p.id, p.slug]));
    for (const slot of await services.visits.freeSlots(values.service!, values.date!)) {
      out.write(`${JSON.stringify({ start: slot.start, end: slot.end, servicePoint: points.get(slot.servicePointId) ?? slot.servicePointSlug, counter: slot.counter })}\n`);
    }
    return 0;
  });
}

async function bookCommand(services: Services, argv: string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { service: { type: 'string' }, start: { type: 'string' }, name: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' }, lang: { type: 'string', default: 'lt' } },
  });
  if (!values.service || !values.start || !values.name || !values.phone || !isServedLanguage(values.lang)) {
    err.write('usage: desk visits book --service SLUG --start YYYY-MM-DDTHH:MM --name N --phone P [--email E] [--lang lt|pl|ru|en]\n');
    return 1;
  }
  const language = values.lang;
  return reportingErrors(err, async () => {
    const booked = await services.visits.bookVisit(null, {
      serviceSlug: values.service!, start: values.start!, channel: 'web',
      person: { name: values.name!, phone: values.phone!, email: values.email ?? null, language },
    });
    const point = (await services.visits.listServicePoints()).find((p) => p.id === booked.visit.servicePointId);
    out.write(`${JSON.stringify({ reference: booked.visit.reference, start: booked.visit.start, servicePoint: point?.slug ?? booked.visit.servicePointId })}\n`);
    return 0;
  });
}

async function reportingErrors(err: Out, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const refusal = REFUSALS[error.i18nKey];
    if (refusal) {
      err.write(`${refusal}\n`);
      return REFUSED_EXIT_CODE;
    }
    err.write(`${error.code === 'not_found' ? `not found: ${error.message}` : `${error.code}: ${error.message}`}\n`);
    return 1;
  }
}
