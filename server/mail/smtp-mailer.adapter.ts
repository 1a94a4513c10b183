/** Sends mail through an SMTP server with nodemailer (the municipality's relay, or the demo catcher). */
import nodemailer from 'nodemailer';
import { validAddress } from './mailbox.js';
import type { Mailer } from './mailer.js';

export interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

export function createSmtpMailer(target: SmtpTarget): Mailer {
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    auth: target.user ? { user: target.user, pass: target.password ?? '' } : undefined,
    // The local catcher speaks plain SMTP on loopback; a real relay negotiates TLS itself.
    ignoreTLS: !target.secure && (target.host === '127.0.0.1' || target.host === 'localhost'),
  });
  return {
    async send(mail) {
      // One mailbox, handed over structured: a string would be split on "," and ";" by nodemailer,
      // so a stored address carrying a second one would send the signed letter to both.
      const to = validAddress(mail.to);
      if (!to) throw new Error('the recipient is not one valid e-mail address');
      const info = await transport.sendMail({
        from: mail.from,
        to: { name: '', address: to },
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.messageId}>`,
        replyTo: mail.replyTo ?? undefined,
        inReplyTo: mail.inReplyTo ? `<${mail.inReplyTo}>` : undefined,
        references: mail.inReplyTo ? [`<${mail.inReplyTo}>`] : undefined,
        headers: { 'Content-Language': mail.language },
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })),
      });
      return { accepted: info.accepted.length > 0, response: String(info.response) };
    },
    async close() {
      transport.close();
    },
  };
}
