/**
 * Keywords of the languages residents write in but the desk does not serve (Ukrainian, Belarusian,
 * German, Latvian), per department: the words their petitions use for what each department
 * handles, so that the router can place them too. Reference data like the catalogue, one file per
 * language in `catalogue/extra-languages/<language>.json`: `{ "language": "uk", "departments":
 * { "<department id>": ["keyword", ...] } }`, checked by the zod schema here — every department
 * of the catalogue listed, none other, keywords lower case and each once (they are compared with
 * lower-cased text, like the catalogue's). Pure: extra-language-keywords.store.ts reads the files.
 */
import { z } from 'zod';

export const EXTRA_KEYWORD_LANGUAGES = ['uk', 'be', 'de', 'lv'] as const;
export type ExtraKeywordLanguage = (typeof EXTRA_KEYWORD_LANGUAGES)[number];

/** One department's keywords in one language: the shape the router takes them in. */
export interface ExtraLanguageKeywords {
  language: ExtraKeywordLanguage;
  departmentId: string;
  keywords: readonly string[];
}

const keyword = z
  .string()
  .min(1, 'is not empty')
  .refine((k) => k === k.trim(), 'has no leading or trailing spaces')
  .refine((k) => k === k.toLowerCase(), 'is written in lower case');

const keywordList = z
  .array(keyword)
  .min(1, 'lists at least one keyword')
  .superRefine((list, ctx) => {
    list.forEach((k, i) => {
      if (list.indexOf(k) !== i) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: `repeats "${k}"` });
    });
  });

export const extraLanguageFileSchema = z
  .object({
    language: z.enum(EXTRA_KEYWORD_LANGUAGES),
    departments: z.record(z.string(), keywordList),
  })
  .strict();

export class ExtraLanguageKeywordsError extends Error {
  override name = 'ExtraLanguageKeywordsError';
  constructor(readonly problems: readonly string[]) {
    super(`extra-language keywords are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The keywords of every file, checked against the catalogue's department ids; throws naming every
 * problem of every file at once. `files`: file name → its parsed JSON (or undefined when unreadable).
 */
export function parseExtraLanguageKeywords(files: ReadonlyMap<string, unknown>, departmentIds: readonly string[]): ExtraLanguageKeywords[] {
  const problems: string[] = [];
  const out: ExtraLanguageKeywords[] = [];
  const seen = new Set<string>();
  for (const [file, json] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = extraLanguageFileSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(file)'} ${issue.message}`);
      continue;
    }
    const { language, departments } = parsed.data;
    if (file !== `${language}.json`) problems.push(`${file}: names language "${language}" (the file is named after its language)`);
    if (seen.has(language)) problems.push(`${file}: language "${language}" has another file`);
    seen.add(language);
    for (const id of Object.keys(departments)) if (!departmentIds.includes(id)) problems.push(`${file}: departments.${id} is not a department of the catalogue`);
    for (const id of departmentIds) if (!departments[id]) problems.push(`${file}: departments.${id} is missing (every department is listed)`);
    for (const id of departmentIds) if (departments[id]) out.push({ language, departmentId: id, keywords: departments[id] });
  }
  if (problems.length > 0) throw new ExtraLanguageKeywordsError(problems);
  return out;
}
