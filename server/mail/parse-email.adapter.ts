/**
 * E-mail parsing with mailparser: every charset decoded (windows-1257, iso-8859-2, koi8-r …),
 * HTML sanitised against an allow-list, attachments as bytes, forwarded messages unwrapped to the
 * petition inside them — all bounded (depth, attachment count), never throwing on bad input it
 * can read at least partly.
 */
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import sanitizeHtml from 'sanitize-html';
import { singleMailbox, validAddress, type Mailbox } from './mailbox.js';

export interface EmailLimits {
  maxAttachments: number;
  maxAttachmentBytes: number;
  /** How many forwarded (message/rfc822) layers are unwrapped. */
  maxDepth: number;
}

export const DEFAULT_EMAIL_LIMITS: EmailLimits = { maxAttachments: 20, maxAttachmentBytes: 20 * 1024 * 1024, maxDepth: 8 };

export interface EmailAttachment {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface ParsedEmail {
  /** Without angle brackets; derived from the content when the message has none. */
  messageId: string;
  inReplyTo: string[];
  from: { name: string; address: string } | null;
  to: string[];
  /** Every address the message says it went to (To, Cc, Delivered-To, X-Original-To): where a case reply address shows. */
  recipients: string[];
  subject: string;
  text: string;
  /** Sanitised: no scripts, handlers, remote loads or javascript:/data: links. */
  html: string | null;
  contentLanguage: string | null;
  date: Date | null;
  attachments: EmailAttachment[];
  /** Attachments beyond the limit: counted and reported, never silently lost (the raw mail is kept). */
  attachmentsOverLimit: number;
  /** The forwarders the petition came through, outermost first. */
  forwardedBy: { name: string; address: string }[];
  /** Parts mailparser could not decode cleanly. */
  warnings: string[];
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'li', 'blockquote', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/**
 * The sender: exactly one valid mailbox, else none (several, a group, an invalid address).
 * mailparser is lenient (`Joe <joe@x attacker@y>` becomes joe@x with the rest in the name), so the
 * raw header must also read, strictly, as that one mailbox; the name is mailparser's (decoded).
 */
function senderOf(mail: ParsedMail): Mailbox | null {
  const list = Array.isArray(mail.from) ? mail.from.flatMap((x) => x.value) : (mail.from?.value ?? []);
  const decoded = singleMailbox(list);
  if (!decoded) return null;
  const lines = mail.headerLines.filter((h) => h.key === 'from');
  if (lines.length !== 1) return null;
  const raw = singleMailbox(addressparser(lines[0].line.replace(/^from\s*:/i, '').replace(/\r?\n[ \t]/g, ' ').trim()));
  return raw && raw.address === decoded.address ? decoded : null;
}

function allAddresses(a: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(a) ? a.flatMap((x) => x.value) : (a?.value ?? []);
  return list
    .flatMap((v) => (v.group ? v.group : [v]))
    .map((v) => validAddress(v.address))
    .filter((v): v is string => v !== null);
}

function recipientsOf(mail: ParsedMail): string[] {
  const delivered = mail.headerLines
    .filter((h) => h.key === 'delivered-to' || h.key === 'x-original-to')
    .flatMap((h) => addressparser(h.line.replace(/^[^:]*:/, '').trim(), { flatten: true }))
    .map((a) => validAddress(a.address))
    .filter((a): a is string => a !== null);
  return [...new Set([...allAddresses(mail.to), ...allAddresses(mail.cc), ...delivered])];
}

function bareId(id: string): string {
  return id.trim().replace(/^<|>$/g, '');
}

function idList(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : value.split(/\s+/)).map(bareId).filter(Boolean);
}

function headerText(mail: ParsedMail, name: string): string | null {
  const v = mail.headers.get(name);
  return typeof v === 'string' ? v.trim() : null;
}

async function parseLayer(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 2_000_000 });
}

/**
 * mailparser renders an inline forwarded message (message/rfc822) into the text as a header block
 * ("From: …\nSubject: …\nDate: …\nTo: …"). When every layer's own words are only a short
 * forwarding note, the petition is the innermost message: its text and its sender.
 */
const FORWARD_HEADER = /(?:^|\n)From: (.*)\nSubject: (.*)\nDate: .*\n(?:To: .*\n)?(?:Cc: .*\n)?\n/g;

function unwrapInlineForwards(text: string, maxDepth: number): { text: string; from: string | null; subject: string | null; layers: string[]; depthLimited: boolean } | null {
  const matches = [...text.matchAll(FORWARD_HEADER)];
  if (matches.length === 0) return null;
  let start = 0;
  const layers: string[] = [];
  for (const m of matches.slice(0, maxDepth)) {
    const own = text.slice(start, m.index).trim();
    if (own.length > 200) break;
    layers.push(m[1].trim());
    start = m.index + m[0].length;
  }
  if (layers.length === 0) return null;
  return {
    text: text.slice(start).trim(),
    from: layers.at(-1) ?? null,
    subject: matches[layers.length - 1][2].trim(),
    layers,
    depthLimited: matches.length > maxDepth,
  };
}

/** A "From: …" line of an inline forward, by the same rules as a header: one valid mailbox or none. */
function parseAddress(header: string): Mailbox | null {
  return singleMailbox(addressparser(header.trim()));
}

export async function parseEmail(raw: Buffer, limits: EmailLimits = DEFAULT_EMAIL_LIMITS): Promise<ParsedEmail> {
  const outer = await parseLayer(raw);
  const warnings: string[] = [];
  const forwardedBy: { name: string; address: string }[] = [];
  let mail = outer;
  // Unwrap "Fwd:" chains whose own text is only a forwarding note: the petition is inside.
  for (let depth = 0; depth < limits.maxDepth; depth += 1) {
    const inner = mail.attachments.filter((a) => a.contentType === 'message/rfc822');
    const ownText = (mail.text ?? '').trim();
    if (inner.length !== 1 || ownText.length > 200) break;
    const sender = senderOf(mail);
    if (sender) forwardedBy.push(sender);
    mail = await parseLayer(inner[0].content);
    if (depth === limits.maxDepth - 1) warnings.push('forwarding_depth_limit');
  }

  const files = mail.attachments.filter((a) => a.contentType !== 'message/rfc822' || mail !== outer);
  const accepted = files.slice(0, limits.maxAttachments);
  const attachments: EmailAttachment[] = accepted.map((a, i) => ({
    filename: a.filename?.trim() || `attachment-${i + 1}`,
    contentType: (a.contentType || 'application/octet-stream').toLowerCase(),
    bytes: a.content,
  }));

  const html = typeof mail.html === 'string' ? sanitizeEmailHtml(mail.html) : null;
  let text = (mail.text ?? (html ? sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }) : '')).replace(/\r\n/g, '\n').trim();
  let from = senderOf(mail) ?? senderOf(outer);
  let subject = (mail.subject ?? outer.subject ?? '').replace(/\s+/g, ' ').trim();
  const inline = unwrapInlineForwards(text, limits.maxDepth);
  if (inline) {
    if (from) forwardedBy.push(from);
    forwardedBy.push(...inline.layers.slice(0, -1).map(parseAddress).filter((a): a is { name: string; address: string } => a !== null));
    text = inline.text;
    from = (inline.from ? parseAddress(inline.from) : null) ?? from;
    subject = inline.subject ?? subject;
    if (inline.depthLimited) warnings.push('forwarding_depth_limit');
  }
  const messageId = outer.messageId ? bareId(outer.messageId) : `sha256-${createHash('sha256').update(raw).digest('hex')}@desk.invalid`;

  return {
    messageId,
    inReplyTo: [...idList(outer.inReplyTo), ...idList(outer.references)],
    from,
    to: allAddresses(outer.to),
    recipients: recipientsOf(outer),
    subject,
    text,
    html,
    contentLanguage: headerText(mail, 'content-language') ?? headerText(outer, 'content-language'),
    date: mail.date ?? outer.date ?? null,
    attachments,
    attachmentsOverLimit: Math.max(0, files.length - accepted.length),
    forwardedBy,
    warnings,
  };
}

/**
 * Only the header block of a message whose body cannot be parsed (too many parts, broken MIME):
 * sender, subject and Message-ID, so the case still says who wrote and a re-delivery is a duplicate.
 */
export async function parseEmailHeaders(raw: Buffer): Promise<ParsedEmail> {
  const text = raw.subarray(0, 256 * 1024).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const headerBlock = raw.subarray(0, end > 0 ? end : Math.min(raw.length, 64 * 1024));
  const head = await parseLayer(Buffer.concat([headerBlock, Buffer.from('\r\n\r\n')]));
  return {
    messageId: head.messageId ? bareId(head.messageId) : `sha256-${createHash('sha256').update(raw).digest('hex')}@desk.invalid`,
    inReplyTo: [...idList(head.inReplyTo), ...idList(head.references)],
    from: senderOf(head),
    to: allAddresses(head.to),
    recipients: recipientsOf(head),
    subject: (head.subject ?? '').replace(/\s+/g, ' ').trim(),
    text: '',
    html: null,
    contentLanguage: headerText(head, 'content-language'),
    date: head.date ?? null,
    attachments: [],
    attachmentsOverLimit: 0,
    forwardedBy: [],
    warnings: ['body_unreadable'],
  };
}
