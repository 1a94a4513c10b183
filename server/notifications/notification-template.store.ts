/**
 * Reads the resident e-mail texts from templates/notifications/resident/ once per process (they
 * ship with the code): one broken or missing text stops the start, naming it, rather than
 * reaching a resident half-written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../languages.js';
import { parseNoticeTexts, type NoticeTexts } from './notification-template.js';

const cache = new Map<string, NoticeTexts>();

/** `templatesDir` is the reply templates' folder (config.templatesDir); these live under its notifications/resident/. */
export function loadResidentNoticeTexts(templatesDir = 'templates'): NoticeTexts {
  const root = resolve(templatesDir, 'notifications', 'resident');
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (kind: string, lang: Lang) => {
    const file = join(root, kind, `${lang}.txt`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const texts = parseNoticeTexts(read);
  cache.set(root, texts);
  return texts;
}
