/**
 * Visits by appointment: the types every part of the visits slice shares (pure, no I/O).
 *
 * A resident first phones the 1664 line (or opens the public site); only a matter that cannot be
 * done remotely gets a visit, of one or two 15-minute slots, at a service point's counter.
 * Times a person reads are Europe/Vilnius local times 'YYYY-MM-DDTHH:MM'; stored instants are UTC ISO.
 */
import type { CalendarDate } from '../deadlines/calendar.js';
import type { Lang } from '../languages.js';

/** One slot is a quarter of an hour: the most one visit may take (the municipality's rule) is one slot for most services. */
export const SLOT_MINUTES = 15;

/** 'YYYY-MM-DDTHH:MM' in Europe/Vilnius. */
export type LocalDateTime = string;
/** 'HH:MM' in Europe/Vilnius. */
export type LocalTime = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface OpeningHours {
  opens: LocalTime;
  closes: LocalTime;
}

export interface ServicePoint {
  id: string;
  /** Stable, URL-safe: 'civil-registry-centre', 'naujamiestis-eldership' … */
  slug: string;
  departmentId: string;
  names: Record<Lang, string>;
  address: string;
  /** Counters numbered 1..counters; each takes one visit at a time. */
  counters: number;
  /** Per weekday; a weekday missing is closed. Public holidays are always closed. */
  hours: Partial<Record<IsoWeekday, OpeningHours>>;
  active: boolean;
}

export interface ServicePointClosure {
  servicePointId: string;
  date: CalendarDate;
  reason: string;
}

export interface BookableServiceText {
  name: string;
  description: string;
}

export interface BookableService {
  /** 'marriage-registration', 'archive-certificate' … (the CLI's --service). */
  slug: string;
  departmentId: string;
  texts: Record<Lang, BookableServiceText>;
  /** 1 or 2 slots of 15 minutes. */
  durationSlots: number;
  /** The service points that offer it (by id). */
  servicePointIds: string[];
  /** Whether the matter can be done without a visit, and where: an e-service link, or this desk's petition form. */
  remote: { possible: boolean; eServiceUrl: string | null; petitionForm: boolean };
  active: boolean;
}

export interface FreeSlot {
  start: LocalDateTime;
  end: LocalDateTime;
  servicePointId: string;
  servicePointSlug: string;
  counter: number;
}

export const VISIT_STATUSES = ['booked', 'checked_in', 'served', 'no_show', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Who booked: the phone line (staff), the resident on the public site, or a walk-in at the counter. */
export const VISIT_CHANNELS = ['phone', 'web', 'walk_in'] as const;
export type VisitChannel = (typeof VISIT_CHANNELS)[number];

export interface VisitPerson {
  name: string;
  phone: string;
  email: string | null;
  language: Lang;
}

export interface Visit {
  id: string;
  /** Human reference, e.g. 'V-2027-000123' (per-year counter). */
  reference: string;
  serviceSlug: string;
  servicePointId: string;
  counter: number;
  start: LocalDateTime;
  end: LocalDateTime;
  status: VisitStatus;
  channel: VisitChannel;
  person: VisitPerson;
  /** Why the matter could not be done remotely (recorded by the phone line, or the resident's answer). */
  whyVisit: string | null;
  /** The case it opened or was linked to. */
  caseNumber: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a booking returns once: the short code is shown (and read out) then, and stored only as a hash. */
export interface BookedVisit {
  visit: Visit;
  /** Six digits the resident gives with the reference to cancel or move. */
  code: string;
}
