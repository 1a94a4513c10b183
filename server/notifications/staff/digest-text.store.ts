/**
 * Reads the digest texts from templates/notifications/staff/digest/ once per process (they ship
 * with the code): a broken or missing one stops the first digest, naming it, rather than reaching
 * anyone half-written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../languages.js';
import { parseDigestTexts, type DigestText } from './digest-text.js';

const cache = new Map<string, Readonly<Record<Lang, DigestText>>>();

/** `templatesDir` is config.templatesDir; these live under its notifications/staff/digest/. */
export function loadDigestTexts(templatesDir = 'templates'): Readonly<Record<Lang, DigestText>> {
  const root = resolve(templatesDir, 'notifications', 'staff', 'digest');
  const cached = cache.get(root);
  if (cached) return cached;
  const texts = parseDigestTexts((lang) => {
    const file = join(root, `${lang}.txt`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });
  cache.set(root, texts);
  return texts;
}
