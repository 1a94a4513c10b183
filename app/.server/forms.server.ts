/** Reading forms at the boundary: CSRF first, then zod. Every action goes through here. */
import {
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type AppLoadContext,
} from '@remix-run/node';
import type { z } from 'zod';
import { InvalidInputError } from '../../server/errors';
import { verifyCsrf } from './csrf.server';

export async function readForm(request: Request, context: AppLoadContext): Promise<FormData> {
  const formData = await request.formData();
  await verifyCsrf(request, context, formData);
  return formData;
}

/**
 * Multipart forms with files, held in memory up to the configured size per file; the whole
 * request is refused early when its declared length is beyond what the form allows.
 */
export async function readMultipartForm(request: Request, context: AppLoadContext): Promise<FormData> {
  const { maxUploadBytes, maxUploadFiles } = context.services.config;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxUploadBytes * maxUploadFiles + 1024 * 1024) {
    throw new InvalidInputError('request too large', { reason: 'upload_too_large' });
  }
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(unstable_createMemoryUploadHandler({ maxPartSize: maxUploadBytes })),
    );
  } catch (error) {
    if (error instanceof Error && /exceeded|too large|size/i.test(error.message)) {
      throw new InvalidInputError('file too large', { reason: 'upload_too_large' });
    }
    throw error;
  }
  await verifyCsrf(request, context, formData);
  return formData;
}

export type FieldErrors = Record<string, string>;

/** zod over a form: either the data, or an error code per field (turned into messages by the page). */
export function parseFields<S extends z.ZodTypeAny>(
  schema: S,
  values: Record<string, unknown>,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const given = values[field];
    const empty = given === undefined || given === null || (typeof given === 'string' && given.trim() === '');
    errors[field] ??= empty && (issue.code === 'too_small' || issue.code === 'invalid_type') ? 'required' : issue.code === 'too_small' ? 'too_short' : issue.code === 'too_big' ? 'too_long' : 'invalid';
  }
  return { ok: false, errors };
}

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(fields.map((f) => [f, typeof formData.get(f) === 'string' ? (formData.get(f) as string) : undefined]));
}
