/** The job that writes and sends one member's letter of a campaign reply (campaign-reply.ts). */
import { z } from 'zod';
import { defineJobSpec } from '../jobs/job.js';

export const CAMPAIGN_REPLY_LETTER = defineJobSpec({
  name: 'campaign-reply-letter',
  payload: z.object({ clusterReplyId: z.string().min(1), caseId: z.string().min(1) }),
  key: ({ clusterReplyId, caseId }) => `campaign-reply:${clusterReplyId}:${caseId}`,
});
