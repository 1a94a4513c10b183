/** What a manager writes once for a whole campaign's reply, and which letters may answer a campaign. Pure. */
import type { Lang } from '../languages.js';
import type { PlaceholderName } from './placeholders.js';
import type { ReplyTemplate, TemplateKind } from './template.js';

/** Letters that answer what a campaign asks; letters tied to one case's dates (extension, request) are written per case. */
export const CAMPAIGN_TEMPLATE_KINDS: readonly TemplateKind[] = ['decision_positive', 'decision_negative', 'topic', 'not_competent'];
/** The placeholders a manager writes once per language for the whole campaign; the rest come from each case. */
export const CAMPAIGN_WORDS = ['decision_text', 'decision_reason', 'appointment', 'competent_institution'] as const satisfies readonly PlaceholderName[];
export type CampaignWord = (typeof CAMPAIGN_WORDS)[number];
/** Per reply language, the manager's words for each campaign placeholder. */
export type CampaignWords = Partial<Record<Lang, Partial<Record<CampaignWord, string>>>>;

/** The campaign words `template` uses, in the order of CAMPAIGN_WORDS. */
export function campaignWordsOf(template: Pick<ReplyTemplate, 'placeholders'>): CampaignWord[] {
  return CAMPAIGN_WORDS.filter((w) => template.placeholders.includes(w));
}

