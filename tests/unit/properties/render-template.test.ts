/**
 * The reply renderer, on arbitrary values: whatever a clerk or a petitioner's data puts into a
 * placeholder, the letter's HTML holds only the template's own tags — never a `<script`, never a
 * value's markup unescaped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVED_LANGUAGES } from '../../../server/languages.js';
import { PLACEHOLDERS, type PlaceholderValues } from '../../../server/replies/placeholders.js';
import { escapeHtml, loadTemplates, renderTemplate } from '../../../server/replies/render-template.js';
import { BODY_TAGS } from '../../../server/replies/template.js';

const set = loadTemplates('templates');
const HOSTILE = ['<script>alert(1)</script>', '<SCRIPT src=//x.invalid>', '"><img src=x onerror=alert(1)>', "'&lt;", '</p><script', '{{caseNumber}}', '<a href="javascript:alert(1)">x</a>'];
/** Text with markup characters more often than chance would give. */
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE), fc.array(fc.constantFrom('<', '>', '&', '"', "'", 'script', ' ', '\n', 'a', '/'), { maxLength: 30 }).map((a) => a.join('')));
const DATE_FIELDS = new Set(['receivedDate', 'registrationDate', 'dueDate', 'newDueDate', 'today', 'informationDueDate']);
const TEXT_FIELDS = ['petitionerName', 'petitionerAddress', 'caseNumber', 'extensionReason', 'requestedInformation', 'competentInstitution', 'decisionText', 'decisionReason', 'appointment', 'departmentName', 'departmentLegalName', 'departmentEmail', 'clerkName', 'clerkTitle', 'clerkPhone', 'clerkEmail'] as const;

const values = fc.record(Object.fromEntries(TEXT_FIELDS.map((f) => [f, text])) as Record<(typeof TEXT_FIELDS)[number], fc.Arbitrary<string>>).map(
  (v): PlaceholderValues => ({ ...v, receivedDate: '2026-03-04', registrationDate: '2026-03-04', dueDate: '2026-04-01', newDueDate: '2026-04-15', today: '2026-03-05', informationDueDate: '2026-03-20' }),
);

const ALLOWED = new Set<string>(BODY_TAGS);

describe('template renderer properties', () => {
  it('has templates and placeholders to test', () => {
    expect(set.templates.length).toBeGreaterThan(0);
    expect(Object.keys(PLACEHOLDERS).some((name) => DATE_FIELDS.has(name))).toBe(true);
  });

  it('escapes every value: no <script, no tag but the template’s own, each value present only escaped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...set.templates), fc.constantFrom(...SERVED_LANGUAGES), values, (template, lang, v) => {
        const html = renderTemplate(template, lang, v, { missing: 'mark' });
        expect(html).not.toMatch(/<script/i);
        for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) expect(ALLOWED.has(tag.toLowerCase())).toBe(true);
        // Inside a tag, no attribute but a link's href, so never a handler (as text, "onerror=" is harmless).
        for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) expect(tag).toMatch(/^<[a-z0-9]+(\s+href="[^"]*")?\s*\/?>$/);
        // The case number, where the template shows it, shows as its escaped text.
        const caseNumber = (v.caseNumber ?? '').replace(/\r\n?/g, '\n').trim();
        if (template.placeholders.includes('case_number' as never) && caseNumber && !caseNumber.includes('\n')) expect(html).toContain(escapeHtml(caseNumber));
      }),
      { numRuns: 150 },
    );
  });
});
