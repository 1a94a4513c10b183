/** The send job as callers enqueue it (name, payload, key); its handler is send-notification.job.ts. */
import { z } from 'zod';
import { defineJobSpec } from '../jobs/job.js';

/** Send one stored message. One job per notifications row, keyed by its id. */
export const SEND_NOTIFICATION = defineJobSpec({
  name: 'send-notification',
  payload: z.object({ notificationId: z.string().min(1) }),
  key: ({ notificationId }) => `notify:${notificationId}`,
});
