/**
 * The message key a page shows for a visit's domain error. The service names the per-person limit
 * 'errors.visit_too_many'; its text lives under 'errors.visit_limit' because the locale contract reads
 * a key ending in '_many' as one plural form of 'visit_too' (and would demand the other forms).
 */
const RENAMED: Record<string, string> = {
  'errors.visit_too_many': 'errors.visit_limit',
};

export function visitMessageKey(key: string): string {
  return RENAMED[key] ?? key;
}
