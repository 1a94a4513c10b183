/** The clerk's viewer: one page of an original as a PNG (only of documents the desk accepted). */
import type { Actor } from '../../auth/user.js';
import { readDocumentForViewing } from './document-text.js';
import { NotFoundError } from '../../errors.js';
import type { CaseDeps } from '../deps.js';
import { renderPagePreview } from './page-preview.adapter.js';

export async function previewPage(deps: CaseDeps, actor: Actor, documentId: string, page: number): Promise<Buffer> {
  const { document, bytes } = await readDocumentForViewing(deps, actor, documentId);
  const pages = document.pageCount ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new NotFoundError('page');
  if (document.mediaType !== 'application/pdf' && !document.mediaType.startsWith('image/')) throw new NotFoundError('page');
  return renderPagePreview(bytes, document.mediaType, page);
}
