/** Boundary schemas for the cases slice (web form, staff actions). */
import { z } from 'zod';
import { SERVED_LANGUAGES } from '../languages.js';
import { CASE_STATUSES, PETITION_KINDS } from './case.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

export const webPetitionSchema = z.object({
  language: z.enum(SERVED_LANGUAGES),
  name: z.string().trim().min(2).max(200),
  email: z.string().trim().email().max(254).optional().or(z.literal('')).transform((v) => (v ? v.toLowerCase() : null)),
  phone: optionalText(40).refine((v) => v === null || /^[+0-9 ()-]{6,40}$/.test(v), { message: 'phone' }),
  address: optionalText(300),
  subject: z.string().trim().min(3).max(200),
  body: z.string().trim().min(10).max(20_000),
  kind: z.enum(PETITION_KINDS).default('request'),
  serviceSlug: optionalText(120),
});
export type WebPetitionInput = z.infer<typeof webPetitionSchema>;

export const statusChangeSchema = z.object({
  to: z.enum(CASE_STATUSES),
  note: optionalText(4000),
});

export const noteSchema = z.object({ text: z.string().trim().min(1).max(4000) });

export const trackingLookupSchema = z.object({
  number: z.string().trim().min(1).max(40),
  code: z.string().trim().min(1).max(60),
});
