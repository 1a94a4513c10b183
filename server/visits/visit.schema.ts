/** What comes in at the visits' boundary (the web, the CLI), checked before any use case trusts it. */
import { z } from 'zod';
import { PETITION_KINDS } from '../cases/index.js';
import { SERVED_LANGUAGES } from '../languages.js';
import { VISIT_CHANNELS } from './visit.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const visitPersonSchema = z.object({
  name: text(200),
  phone: z.string().trim().regex(/^[+0-9 ()-]{6,40}$/, 'phone'),
  email: z.string().trim().max(254).nullish().transform((v) => (v ? v : null)).refine((v) => v === null || z.string().email().safeParse(v).success, 'email'),
  language: z.enum(SERVED_LANGUAGES),
});

/** A start as given; whether it is a slot at all (the grid, a real time) is the booking's answer, 'not a slot'. */
export const localDateTimeSchema = z.string().trim().max(32);

export const bookingSchema = z.object({
  serviceSlug: text(100),
  start: localDateTimeSchema,
  servicePointId: z.string().min(1).max(100).optional(),
  counter: z.number().int().min(1).max(99).optional(),
  person: visitPersonSchema,
  channel: z.enum(VISIT_CHANNELS),
  whyVisit: optionalText(2000),
});
export type BookingInput = z.input<typeof bookingSchema>;

export const REMOTE_ALTERNATIVES = ['e_service', 'petition_form', 'email', 'post', 'phone'] as const;
export const remoteOutcomeSchema = z.object({
  serviceSlug: text(100),
  alternative: z.enum(REMOTE_ALTERNATIVES),
  note: optionalText(2000),
});

/** A case opened from a visit: what the walk-in channel takes (cases/case.schema.ts' limits). */
export const visitCaseSchema = z.object({
  subject: z.string().trim().min(3).max(200),
  body: z.string().trim().min(10).max(20_000),
  kind: z.enum(PETITION_KINDS).default('request'),
});
