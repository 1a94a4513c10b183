/** The send job as callers enqueue it (name, payload, key); its handler is send-notification.job.ts. */
import { z } from 'zod';
import { defineJobSpec } from '../jobs/job.js';

/**
 * Send one stored message. One job per notifications row, keyed by its id; a job that ran before the
 * row's send_after queues its follow-up with `early` counting such runs, under a key of its own (the
 * running job still holds its key, and a queue may start the follow-up before the first one ends).
 */
export const SEND_NOTIFICATION = defineJobSpec({
  name: 'send-notification',
  payload: z.object({ notificationId: z.string().min(1), early: z.number().int().min(1).optional() }),
  key: ({ notificationId, early }) => (early ? `notify:${notificationId}:early:${early}` : `notify:${notificationId}`),
});
