/** The Mailer port: how a signed letter leaves the desk by e-mail. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Our Message-ID (without angle brackets), kept so replies thread back to the case. */
  messageId: string;
  inReplyTo?: string | null;
  /** Where the resident's answer goes: the case's own reply address, so it threads back verified. */
  replyTo?: string | null;
  language: string;
  attachments: { filename: string; contentType: string; content: Uint8Array }[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ accepted: boolean; response: string }>;
  close(): Promise<void>;
}
