/**
 * The legal clock as data: every statutory period the desk counts is one row here, with the act it comes from.
 * deadline.ts takes its numbers from these rows, the case page and the status page show a rule's citation and
 * its statement (locales, `clock.rules.<id>`), and a case keeps the id of the rule that set its due date
 * (cases.due_rule). Pure: no I/O.
 *
 * Sources (Republic of Lithuania; read the consolidated text on e-tar.lt before changing a number, the acts are
 * amended often):
 *  - VAĮ: the Law on Public Administration (Viešojo administravimo įstatymas, No. VIII-1234), Art. 14;
 *  - Rules 875: the Rules for examining requests and complaints and serving persons in public administration
 *    entities, approved by Government Resolution No. 875 of 22 August 2007, as amended;
 *  - Information Law: the Law on the Right to Obtain Information from State and Municipal Institutions and
 *    Agencies (Teisės gauti informaciją iš valstybės ir savivaldybių institucijų ir įstaigų įstatymas).
 * Where a row names an act without its point or article, the point has not been checked against the
 * consolidated text on e-tar.lt; check it there before citing it more precisely.
 */
/** The kinds of petition the acts tell apart (deadline.ts re-exports it). */
export type PetitionKind = 'request' | 'complaint' | 'information_request';

export const LEGAL_RULE_IDS = [
  'answer_term',
  'answer_term_information',
  'extension_request',
  'extension_complaint',
  'extension_information_request',
  'extension_notice',
  'forwarding',
  'forwarding_notice',
  'information_restart',
  'information_pause',
  'reopening',
] as const;
export type LegalRuleId = (typeof LEGAL_RULE_IDS)[number];

/** What a rule governs. */
export type RuleSubject = 'answer_term' | 'extension' | 'extension_notice' | 'forwarding' | 'forwarding_notice' | 'information' | 'reopening';

/**
 * How a rule treats the time a case waits for the petitioner's information: 'restart' counts a whole new
 * term from the registration of the information; 'pause' stops the clock and carries the working days that
 * were left over to the day the information is registered.
 */
export type ClockMode = 'restart' | 'pause';

export interface LegalRule {
  id: LegalRuleId;
  governs: RuleSubject;
  /** The kinds of petition it applies to. */
  kinds: readonly PetitionKind[];
  /** The period in working days; null where the rule carries over what was left (a pause). */
  workingDays: number | null;
  /** Only on 'information' rules. */
  mode: ClockMode | null;
  /** The act and, where checked, its article or point; shown as written, in the act's own language. */
  citation: string;
}

const ALL_KINDS: readonly PetitionKind[] = ['request', 'complaint', 'information_request'];
const VAI_875 = 'Viešojo administravimo įstatymo 14 str.; Prašymų ir skundų nagrinėjimo taisyklės (LRV nutarimas Nr. 875)';
const RULES_875 = 'Prašymų ir skundų nagrinėjimo taisyklės (LRV nutarimas Nr. 875)';
const INFORMATION_LAW = 'Teisės gauti informaciją iš valstybės ir savivaldybių institucijų ir įstaigų įstatymas';

const RULES: readonly LegalRule[] = Object.freeze([
  // 20 working days from registration for requests and complaints (VAĮ Art. 14; Rules 875).
  { id: 'answer_term', governs: 'answer_term', kinds: ['request', 'complaint'], workingDays: 20, mode: null, citation: VAI_875 },
  // The Information Law sets the same 20 working days for requests for information (article to be checked on e-tar.lt).
  { id: 'answer_term_information', governs: 'answer_term', kinds: ['information_request'], workingDays: 20, mode: null, citation: INFORMATION_LAW },
  // No separate statutory ceiling for requests is relied on: they follow VAĮ's complaint rule (10 working days),
  // the stricter reading, as Rules 875 treat requests and complaints together.
  { id: 'extension_request', governs: 'extension', kinds: ['request'], workingDays: 10, mode: null, citation: VAI_875 },
  // Up to 10 working days when a complaint cannot be examined in time for objective reasons (VAĮ Art. 14).
  { id: 'extension_complaint', governs: 'extension', kinds: ['complaint'], workingDays: 10, mode: null, citation: 'Viešojo administravimo įstatymo 14 str.' },
  // Up to 20 working days where the information is voluminous or complex (Information Law; article to be checked).
  { id: 'extension_information_request', governs: 'extension', kinds: ['information_request'], workingDays: 20, mode: null, citation: INFORMATION_LAW },
  // The petitioner is told of an extension, with its reasons, within 2 working days of the decision (VAĮ Art. 14;
  // Rules 875). The Information Law's own notice rule may be shorter; adopting it makes this a per-kind row.
  { id: 'extension_notice', governs: 'extension_notice', kinds: ALL_KINDS, workingDays: 2, mode: null, citation: VAI_875 },
  // Forwarded to the competent institution within 5 working days of receipt (Rules 875; the Information Law
  // sets the same period for requests for information).
  { id: 'forwarding', governs: 'forwarding', kinds: ALL_KINDS, workingDays: 5, mode: null, citation: `${RULES_875}; ${INFORMATION_LAW}` },
  // The petitioner is told where it went within 3 working days: the Information Law's figure, which the desk
  // applies to every kind because Rules 875 require the notice without a shorter period.
  { id: 'forwarding_notice', governs: 'forwarding_notice', kinds: ALL_KINDS, workingDays: 3, mode: null, citation: `${INFORMATION_LAW}; ${RULES_875}` },
  // Rules 875: when the petition lacks information the institution asks for it, and the examination term is
  // counted from the day the missing information is received; this is what the request-information letter
  // tells the petitioner. The point of Rules 875 must be checked against e-tar.lt before it is cited.
  { id: 'information_restart', governs: 'information', kinds: ALL_KINDS, workingDays: 20, mode: 'restart', citation: RULES_875 },
  // The alternative reading, kept as data so a municipality that counts the wait as a pause can switch to it.
  { id: 'information_pause', governs: 'information', kinds: ALL_KINDS, workingDays: null, mode: 'pause', citation: RULES_875 },
  // Reopening an answered or closed case (the petitioner says the answer missed their point, new facts came,
  // or the desk found its own mistake). Neither VAĮ Art. 14 nor Rules 875 set a separate term for examining a
  // petition again, so the desk reads a reopening as examining the petition anew: the ordinary answer term,
  // 20 working days, counted again from the reopening's registration date (the next working day when reopened
  // on a non-working one), with no extension used yet. One rule for every reopening, whoever asked for it: the
  // stricter reading, and the one the petitioner can check from the notice. Check e-tar.lt before citing a point.
  { id: 'reopening', governs: 'reopening', kinds: ALL_KINDS, workingDays: 20, mode: null, citation: VAI_875 },
] satisfies LegalRule[]);

const BY_ID: ReadonlyMap<string, LegalRule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function legalRules(): readonly LegalRule[] {
  return RULES;
}

export function isLegalRuleId(value: string): value is LegalRuleId {
  return BY_ID.has(value);
}

/** The rule with `id`, or null for an id no row has (a row removed since a case recorded it). */
export function findLegalRule(id: string | null | undefined): LegalRule | null {
  return id ? BY_ID.get(id) ?? null : null;
}

export function legalRule(id: LegalRuleId): LegalRule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`no legal rule ${id}`);
  return rule;
}

function onlyRule(governs: RuleSubject, kind: PetitionKind): LegalRule {
  const rule = RULES.find((r) => r.governs === governs && r.kinds.includes(kind));
  if (!rule) throw new Error(`no ${governs} rule for a ${kind}`);
  return rule;
}

/** The rule that sets a new case's due date. */
export function answerTermRule(kind: PetitionKind): LegalRule {
  return onlyRule('answer_term', kind);
}

/** The rule that caps an extension of a `kind`. */
export function extensionRule(kind: PetitionKind): LegalRule {
  return onlyRule('extension', kind);
}

/**
 * The information rule the desk applies: 'restart', because that is what the request-information letter
 * (templates/request-information) tells the petitioner; switching to 'information_pause' here changes the
 * count, and the letter must then change with it.
 */
export const APPLIED_INFORMATION_RULE: LegalRuleId = 'information_restart';

/** The rule that sets a reopened case's new due date. */
export const REOPENING_RULE: LegalRuleId = 'reopening';

/** The working days of a rule that has them (every rule but a pause). */
export function workingDaysOf(id: LegalRuleId): number {
  const days = legalRule(id).workingDays;
  if (days === null) throw new Error(`the rule ${id} carries over the days that were left, it has no period`);
  return days;
}
