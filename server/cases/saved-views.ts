/** Saved inbox views: a person names the filters they use every day and finds them again in one click. */
import { z } from 'zod';
import type { Actor } from '../auth/user.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { newId } from '../ids.js';
import { inboxQueryString, parseInboxQuery } from './inbox-query.js';
import { inboxViewsFor } from './list-inbox.js';
import { countSavedViews, deleteSavedView, listSavedViewRows, upsertSavedView, type SavedViewRow } from './saved-view.repository.js';
import type { CaseDeps } from './deps.js';

export const MAX_SAVED_VIEWS = 30;

export const savedViewSchema = z.object({
  name: z.string().trim().min(1).max(60),
  query: z.string().max(2000),
});

export type SavedView = SavedViewRow;

export async function listSavedViews(deps: CaseDeps, actor: Actor): Promise<SavedView[]> {
  return listSavedViewRows(deps.db, actor.id);
}

/** Saves the inbox query (normalised: what the page would parse, without a page cursor) under a name. */
export async function saveInboxView(deps: CaseDeps, actor: Actor, input: { name: string; query: string }): Promise<void> {
  const parsed = savedViewSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError('a view needs a name of at most 60 characters', { reason: 'saved_view_name' });
  const existing = await listSavedViewRows(deps.db, actor.id);
  if (!existing.some((v) => v.name === parsed.data.name) && (await countSavedViews(deps.db, actor.id)) >= MAX_SAVED_VIEWS) {
    throw new InvalidInputError(`at most ${MAX_SAVED_VIEWS} saved views`, { reason: 'saved_view_limit' });
  }
  const query = inboxQueryString(parseInboxQuery(new URLSearchParams(parsed.data.query), inboxViewsFor(actor)[0]!));
  await upsertSavedView(deps.db, { id: newId(), userId: actor.id, name: parsed.data.name, query, at: deps.clock.now() });
}

export async function removeSavedView(deps: CaseDeps, actor: Actor, id: string): Promise<void> {
  if (!(await deleteSavedView(deps.db, actor.id, id))) throw new NotFoundError('saved view');
}
