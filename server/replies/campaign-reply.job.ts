/** Runs one member's letter of a campaign reply; a retry goes on from where the letter is. */
import type { z } from 'zod';
import type { JobDefinition } from '../jobs/job.js';
import { giveUpCampaignLetter, sendCampaignLetter, type CampaignReplyDeps } from './campaign-reply.js';
import { CAMPAIGN_REPLY_LETTER } from './campaign-reply.job-spec.js';

export function campaignReplyLetterJob(deps: CampaignReplyDeps): JobDefinition<z.infer<typeof CAMPAIGN_REPLY_LETTER.payload>> {
  return {
    ...CAMPAIGN_REPLY_LETTER,
    maxAttempts: 5,
    async run({ clusterReplyId, caseId }) {
      await sendCampaignLetter(deps, clusterReplyId, caseId);
    },
    // Tried to the end: the letter is left for a person (a draft to finish on the case page, or not begun), with why.
    async onFailed({ clusterReplyId, caseId }, error) {
      await giveUpCampaignLetter(deps, clusterReplyId, caseId, error.message);
    },
  };
}
