/**
 * A visit as an iCalendar event (RFC 5545), built with the `ics` package, for the resident's
 * calendar. Pure. The UID is the visit's own, so each e-mail about the same visit speaks of the same
 * event: a move re-publishes it with a higher SEQUENCE (the calendar moves it instead of adding a
 * second one) and a cancellation is METHOD:CANCEL with STATUS:CANCELLED under that UID.
 * DTSTART/DTEND are UTC instants computed from the Vilnius wall-clock times, so a reader in any time
 * zone, on either side of a daylight-saving change, sees the visit at the hour it was booked for.
 */
import { createEvent, type DateTime, type EventAttributes } from 'ics';
import type { Lang } from '../languages.js';
import { vilniusInstant } from './notices/vilnius-time.js';
import type { ServicePoint, Visit } from './visit.js';

export interface VisitCalendarInput {
  visit: Pick<Visit, 'id' | 'reference' | 'start' | 'end' | 'createdAt' | 'updatedAt'>;
  servicePoint: Pick<ServicePoint, 'names' | 'address'>;
  lang: Lang;
  /** The event's title and description, already in the resident's language. */
  summary: string;
  description: string;
  /** 0 when booked; one more with each change the resident is told of (a move, the cancellation). */
  sequence: number;
  cancelled: boolean;
  /** When this version of the event was made (DTSTAMP): the clock's now. */
  stamp: Date;
  /** Who keeps the event (RFC 5546 wants one on a cancellation): the municipality's sending address. */
  organizer?: { name: string; email: string } | null;
}

export interface VisitCalendarFile {
  filename: string;
  contentType: string;
  content: string;
}

export const ICS_PRODUCT_ID = '-//Vilnius City Municipality//Petition Desk visits//EN';

/** One per visit, for its whole life. */
export function visitEventUid(visitId: string): string {
  return `visit-${visitId}@desk.vilnius.example`;
}

/** The .ics file for one version of a visit's event. Throws if the package refuses the event. */
export function visitCalendar(input: VisitCalendarInput): VisitCalendarFile {
  const method = input.cancelled ? 'CANCEL' : 'PUBLISH';
  const utc = (d: Date) => d.getTime();
  // `timestamp` (DTSTAMP) is read by the package but missing from its types: without it the stamp
  // would be the machine's clock, not ours.
  const attributes: EventAttributes & { timestamp: DateTime } = {
    productId: ICS_PRODUCT_ID,
    method,
    uid: visitEventUid(input.visit.id),
    sequence: input.sequence,
    timestamp: utc(input.stamp),
    start: utc(vilniusInstant(input.visit.start)),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(vilniusInstant(input.visit.end)),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.summary,
    description: input.description,
    location: `${input.servicePoint.names[input.lang]}, ${input.servicePoint.address}`,
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: input.cancelled ? 'FREE' : 'BUSY',
    transp: input.cancelled ? 'TRANSPARENT' : 'OPAQUE',
    created: utc(new Date(input.visit.createdAt)),
    lastModified: utc(new Date(input.visit.updatedAt)),
    ...(input.organizer ? { organizer: { name: input.organizer.name, email: input.organizer.email } } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`the visit ${input.visit.reference} could not be written as an iCalendar event: ${error?.message ?? 'no output'}`);
  return {
    filename: `${input.visit.reference}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: value,
  };
}
