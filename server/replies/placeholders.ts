/**
 * The fixed set of placeholders a reply template may use, as `{{name}}` in its bodies. Pure.
 *
 * A template that uses a name not listed here never loads (template.ts). Values are language-neutral
 * (`PlaceholderValues`: calendar dates, names, texts that may be given per language) and become text in the
 * letter's language only when rendered, so one set of values previews the same letter in lt, pl, ru and en.
 *
 * | placeholder            | value                                                                    |
 * |------------------------|--------------------------------------------------------------------------|
 * | salutation             | derived from the petitioner's name (and gender): "Gerbiamasis Jonai Petraiti," |
 * | petitioner_name        | the petitioner's name as written                                         |
 * | petitioner_address     | the petitioner's postal address                                          |
 * | case_number            | the case number, VLN-2026-000123                                         |
 * | received_date          | date the petition was received (date)                                    |
 * | registration_date      | date it was registered (date)                                            |
 * | due_date               | the reply is due by (date)                                               |
 * | new_due_date           | the extended due date (date)                                             |
 * | today                  | the date of the letter (date)                                            |
 * | extension_reason       | why the time limit is extended                                           |
 * | requested_information  | what the petitioner is asked to supply                                   |
 * | information_due_date   | by when the petitioner is asked to supply it (date)                      |
 * | competent_institution  | the institution the petition was forwarded to / the petitioner should turn to |
 * | decision_text          | what was decided or done (the clerk's words)                             |
 * | decision_reason        | the facts and legal grounds of a decision                                |
 * | appointment            | the date and time of a visit or a booked ceremony (the clerk's words)    |
 * | department_name        | the department's display name in the letter's language                   |
 * | department_legal_name  | the institution's legal name: UAB „Vilniaus vandenys“                    |
 * | department_email       | the department's e-mail address                                          |
 * | clerk_name             | the clerk who handles the case                                           |
 * | clerk_title            | the clerk's job title in the letter's language                           |
 * | clerk_contact          | "Name, title, tel. …, el. p. …" with the language's own labels           |
 *
 * Dates are rendered by format-date.ts. Texts are escaped when rendered (render-template.ts): a value is
 * never markup, whoever wrote it.
 */
import type { Lang } from '../languages.js';
import { vilniusDateOf, type CalendarDate } from '../deadlines/calendar.js';
import { formatLetterDate } from './format-date.js';
import { salutation, type GenderGuess } from './salutation.js';

/** Text given once (used in every language, e.g. what the clerk typed in the reply language) or per language. */
export type LocalizedText = string | Readonly<Partial<Record<Lang, string>>>;

/** Everything a letter can say about its case; every field optional — `renderTemplate` reports what is missing. */
export interface PlaceholderValues {
  readonly petitionerName?: string;
  /** How to address the petitioner; guessed from the name when absent or 'unknown'. */
  readonly petitionerGender?: GenderGuess;
  readonly petitionerAddress?: string;
  readonly caseNumber?: string;
  readonly receivedDate?: CalendarDate;
  readonly registrationDate?: CalendarDate;
  readonly dueDate?: CalendarDate;
  readonly newDueDate?: CalendarDate;
  readonly today?: CalendarDate;
  readonly extensionReason?: LocalizedText;
  readonly requestedInformation?: LocalizedText;
  readonly informationDueDate?: CalendarDate;
  readonly competentInstitution?: LocalizedText;
  readonly decisionText?: LocalizedText;
  readonly decisionReason?: LocalizedText;
  readonly appointment?: LocalizedText;
  readonly departmentName?: LocalizedText;
  readonly departmentLegalName?: string;
  readonly departmentEmail?: string;
  readonly clerkName?: string;
  readonly clerkTitle?: LocalizedText;
  readonly clerkPhone?: string;
  readonly clerkEmail?: string;
}

export type PlaceholderType = 'text' | 'date' | 'derived';

export interface PlaceholderDefinition {
  readonly type: PlaceholderType;
  /** For the clerk: what the placeholder stands for (English; shown in the template picker's help). */
  readonly description: string;
  /** Shown in the letter, in brackets, where a value is still missing in a draft. */
  readonly label: Readonly<Record<Lang, string>>;
  /** The text in `lang`, unescaped; undefined when the values do not supply it. */
  readonly resolve: (values: PlaceholderValues, lang: Lang) => string | undefined;
}

function present(s: string | undefined | null): string | undefined {
  const trimmed = s?.trim();
  return trimmed ? trimmed : undefined;
}

function localized(value: LocalizedText | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  return present(typeof value === 'string' ? value : value[lang]);
}

function date(value: CalendarDate | undefined, lang: Lang): string | undefined {
  return value === undefined ? undefined : formatLetterDate(value, lang);
}

const CONTACT_LABELS: Readonly<Record<Lang, { phone: string; email: string }>> = {
  lt: { phone: 'tel.', email: 'el. p.' },
  pl: { phone: 'tel.', email: 'e-mail' },
  ru: { phone: 'тел.', email: 'эл. почта' },
  en: { phone: 'tel.', email: 'email' },
};

function clerkContact(v: PlaceholderValues, lang: Lang): string | undefined {
  const labels = CONTACT_LABELS[lang];
  const parts = [
    present(v.clerkName),
    localized(v.clerkTitle, lang),
    present(v.clerkPhone) && `${labels.phone} ${present(v.clerkPhone)}`,
    present(v.clerkEmail) && `${labels.email} ${present(v.clerkEmail)}`,
  ].filter((p): p is string => Boolean(p));
  // A contact line needs a way to reach someone, not just a name.
  return present(v.clerkPhone) || present(v.clerkEmail) ? parts.join(', ') : undefined;
}

function label(lt: string, pl: string, ru: string, en: string): Readonly<Record<Lang, string>> {
  return { lt, pl, ru, en };
}

export const PLACEHOLDERS = {
  salutation: {
    type: 'derived',
    description: 'The greeting, from the petitioner’s name and gender, in the letter’s language (never missing: neutral when no name).',
    label: label('kreipinys', 'zwrot grzecznościowy', 'обращение', 'salutation'),
    resolve: (v, lang) => salutation(v.petitionerName, lang, { gender: v.petitionerGender }),
  },
  petitioner_name: {
    type: 'text',
    description: 'The petitioner’s name as written.',
    label: label('pareiškėjo vardas ir pavardė', 'imię i nazwisko wnioskodawcy', 'имя и фамилия заявителя', 'petitioner’s name'),
    resolve: (v) => present(v.petitionerName),
  },
  petitioner_address: {
    type: 'text',
    description: 'The petitioner’s postal address.',
    label: label('pareiškėjo adresas', 'adres wnioskodawcy', 'адрес заявителя', 'petitioner’s address'),
    resolve: (v) => present(v.petitionerAddress),
  },
  case_number: {
    type: 'text',
    description: 'The case number (VLN-2026-000123).',
    label: label('registracijos numeris', 'numer sprawy', 'номер обращения', 'case number'),
    resolve: (v) => present(v.caseNumber),
  },
  received_date: {
    type: 'date',
    description: 'The date the petition was received.',
    label: label('gavimo data', 'data wpływu', 'дата поступления', 'date received'),
    resolve: (v, lang) => date(v.receivedDate, lang),
  },
  registration_date: {
    type: 'date',
    description: 'The date the petition was registered.',
    label: label('registravimo data', 'data rejestracji', 'дата регистрации', 'date registered'),
    resolve: (v, lang) => date(v.registrationDate, lang),
  },
  due_date: {
    type: 'date',
    description: 'The date by which the reply is due.',
    label: label('atsakymo terminas', 'termin odpowiedzi', 'срок ответа', 'reply due by'),
    resolve: (v, lang) => date(v.dueDate, lang),
  },
  new_due_date: {
    type: 'date',
    description: 'The extended due date.',
    label: label('pratęstas terminas', 'przedłużony termin', 'продлённый срок', 'extended due date'),
    resolve: (v, lang) => date(v.newDueDate, lang),
  },
  today: {
    type: 'date',
    description: 'The date of the letter.',
    label: label('rašto data', 'data pisma', 'дата письма', 'date of the letter'),
    resolve: (v, lang) => date(v.today, lang),
  },
  extension_reason: {
    type: 'text',
    description: 'Why the time limit is extended (the law requires the reason to be given).',
    label: label('pratęsimo priežastis', 'przyczyna przedłużenia', 'причина продления', 'reason for the extension'),
    resolve: (v, lang) => localized(v.extensionReason, lang),
  },
  requested_information: {
    type: 'text',
    description: 'What the petitioner is asked to supply.',
    label: label('prašoma informacija', 'wymagane informacje', 'запрашиваемые сведения', 'information requested'),
    resolve: (v, lang) => localized(v.requestedInformation, lang),
  },
  information_due_date: {
    type: 'date',
    description: 'By when the petitioner is asked to supply the information.',
    label: label('informacijos pateikimo terminas', 'termin uzupełnienia', 'срок представления сведений', 'information due by'),
    resolve: (v, lang) => date(v.informationDueDate, lang),
  },
  competent_institution: {
    type: 'text',
    description: 'The institution the petition was forwarded to, or the petitioner should turn to.',
    label: label('kompetentinga institucija', 'właściwa instytucja', 'компетентное учреждение', 'competent institution'),
    resolve: (v, lang) => localized(v.competentInstitution, lang),
  },
  decision_text: {
    type: 'text',
    description: 'What was decided or done, in the clerk’s words.',
    label: label('sprendimas', 'rozstrzygnięcie', 'решение', 'decision'),
    resolve: (v, lang) => localized(v.decisionText, lang),
  },
  decision_reason: {
    type: 'text',
    description: 'The facts and legal grounds of the decision.',
    label: label('sprendimo motyvai', 'uzasadnienie', 'основания решения', 'grounds for the decision'),
    resolve: (v, lang) => localized(v.decisionReason, lang),
  },
  appointment: {
    type: 'text',
    description: 'Date and time of a visit or a booked ceremony, in the clerk’s words.',
    label: label('data ir laikas', 'data i godzina', 'дата и время', 'date and time'),
    resolve: (v, lang) => localized(v.appointment, lang),
  },
  department_name: {
    type: 'text',
    description: 'The department’s display name in the letter’s language.',
    label: label('padalinys', 'jednostka', 'подразделение', 'department'),
    resolve: (v, lang) => localized(v.departmentName, lang),
  },
  department_legal_name: {
    type: 'text',
    description: 'The institution’s legal name, always in Lithuanian (UAB „Vilniaus vandenys“).',
    label: label('įstaigos pavadinimas', 'nazwa instytucji', 'название учреждения', 'institution'),
    resolve: (v) => present(v.departmentLegalName),
  },
  department_email: {
    type: 'text',
    description: 'The department’s e-mail address.',
    label: label('padalinio el. paštas', 'e-mail jednostki', 'эл. почта подразделения', 'department’s email'),
    resolve: (v) => present(v.departmentEmail),
  },
  clerk_name: {
    type: 'text',
    description: 'The clerk who handles the case.',
    label: label('darbuotojo vardas ir pavardė', 'imię i nazwisko pracownika', 'имя и фамилия сотрудника', 'clerk’s name'),
    resolve: (v) => present(v.clerkName),
  },
  clerk_title: {
    type: 'text',
    description: 'The clerk’s job title in the letter’s language.',
    label: label('darbuotojo pareigos', 'stanowisko pracownika', 'должность сотрудника', 'clerk’s job title'),
    resolve: (v, lang) => localized(v.clerkTitle, lang),
  },
  clerk_contact: {
    type: 'derived',
    description: 'Name, title, phone and e-mail of the clerk, with the language’s labels; missing without a phone or e-mail.',
    label: label('kontaktiniai duomenys', 'dane kontaktowe', 'контактные данные', 'contact details'),
    resolve: clerkContact,
  },
} as const satisfies Record<string, PlaceholderDefinition>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = Object.freeze(Object.keys(PLACEHOLDERS) as PlaceholderName[]);

export function isPlaceholderName(value: string): value is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, value);
}

/** The text of each placeholder in `lang` (unescaped); absent keys have no value. */
export function resolvePlaceholders(values: PlaceholderValues, lang: Lang): Partial<Record<PlaceholderName, string>> {
  const out: Partial<Record<PlaceholderName, string>> = {};
  for (const name of PLACEHOLDER_NAMES) {
    const text = (PLACEHOLDERS[name] as PlaceholderDefinition).resolve(values, lang);
    if (text !== undefined) out[name] = text;
  }
  return out;
}

// ─── building values from a case ─────────────────────────────────────────────────────────────────────────────

/** A case-like object: the shapes of CaseRecord, Petitioner, Department, with only what a letter needs. */
export interface PlaceholderSource {
  readonly case?: {
    readonly number?: string | null;
    /** The instant of receipt (ISO string or Date); the letter shows its date in Vilnius. */
    readonly receivedAt?: string | Date | null;
    readonly registeredOn?: CalendarDate | null;
    readonly dueOn?: CalendarDate | null;
  } | null;
  readonly petitioner?: {
    readonly name?: string | null;
    readonly address?: string | null;
    readonly gender?: GenderGuess | null;
  } | null;
  readonly department?: {
    readonly names?: Readonly<Partial<Record<Lang, string>>> | null;
    readonly legalName?: string | null;
    readonly email?: string | null;
  } | null;
  readonly clerk?: {
    readonly name?: string | null;
    readonly title?: LocalizedText | null;
    readonly phone?: string | null;
    readonly email?: string | null;
  } | null;
  /** The date of the letter: a calendar date, or an instant (taken as its date in Vilnius). */
  readonly today: CalendarDate | Date;
  readonly extension?: { readonly newDueDate: CalendarDate; readonly reason: LocalizedText } | null;
  readonly informationRequest?: { readonly requested?: LocalizedText | null; readonly replyBy?: CalendarDate | null } | null;
  readonly competentInstitution?: LocalizedText | null;
  readonly decision?: { readonly text?: LocalizedText | null; readonly reason?: LocalizedText | null } | null;
  readonly appointment?: LocalizedText | null;
}

function toCalendarDate(value: string | Date | null | undefined): CalendarDate | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return vilniusDateOf(value);
  // A plain calendar date stays as it is; an ISO instant is the date in Vilnius at that instant.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : vilniusDateOf(new Date(value));
}

/** Drops undefined fields, so a spread of values never overwrites a present one with `undefined`. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/**
 * Language-neutral placeholder values from a case, its petitioner, department and clerk. Pass the result to
 * `renderTemplate(template, lang, values)` for any language.
 */
export function buildPlaceholderValues(source: PlaceholderSource): PlaceholderValues {
  const { case: c, petitioner: p, department: d, clerk } = source;
  return compact<PlaceholderValues>({
    petitionerName: p?.name ?? undefined,
    petitionerGender: p?.gender ?? undefined,
    petitionerAddress: p?.address ?? undefined,
    caseNumber: c?.number ?? undefined,
    receivedDate: toCalendarDate(c?.receivedAt),
    registrationDate: toCalendarDate(c?.registeredOn),
    dueDate: toCalendarDate(c?.dueOn),
    newDueDate: source.extension?.newDueDate,
    today: toCalendarDate(source.today),
    extensionReason: source.extension?.reason,
    requestedInformation: source.informationRequest?.requested ?? undefined,
    informationDueDate: toCalendarDate(source.informationRequest?.replyBy),
    competentInstitution: source.competentInstitution ?? undefined,
    decisionText: source.decision?.text ?? undefined,
    decisionReason: source.decision?.reason ?? undefined,
    appointment: source.appointment ?? undefined,
    departmentName: d?.names ?? undefined,
    departmentLegalName: d?.legalName ?? undefined,
    departmentEmail: d?.email ?? undefined,
    clerkName: clerk?.name ?? undefined,
    clerkTitle: clerk?.title ?? undefined,
    clerkPhone: clerk?.phone ?? undefined,
    clerkEmail: clerk?.email ?? undefined,
  });
}

