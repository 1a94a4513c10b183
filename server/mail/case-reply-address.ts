/**
 * A per-case reply address: `prasymai+<case id><mac>@vilnius.example`, the mac an HMAC of the case
 * id under the desk secret. Set as Reply-To on what the desk sends, it lets an answer thread to its
 * case as the petitioner's without trusting the From (anyone can write any From): only someone who
 * received our mail knows the address. Hex only, so the address survives any case-folding, and short
 * enough for a local part (at most 64 characters).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { validAddress } from './mailbox.js';

/** 32 hex digits of the case id, then 16 of the mac (64 bits: guessing one is hopeless). */
const TAG = /^([0-9a-f]{32})([0-9a-f]{16})$/;

function mac(secret: string, caseId: string): string {
  return createHmac('sha256', secret).update(`case-reply:${caseId}`).digest('hex').slice(0, 16);
}

function hexOf(caseId: string): string {
  const hex = caseId.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error('a case id is a UUID');
  return hex;
}

function uuidOf(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The address itself out of MAIL_FROM (`Petition Desk <prasymai@…>` or a bare address). */
function deskMailbox(mailFrom: string): { local: string; domain: string } {
  const address = validAddress(/<([^<>]*)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom);
  if (!address) throw new Error('MAIL_FROM is not one e-mail address');
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at).replace(/\+.*$/, ''), domain: address.slice(at + 1) };
}

/** The address a reply to this case's mail should go to (for Reply-To). */
export function caseReplyAddress(secret: string, caseId: string, mailFrom: string): string {
  const { local, domain } = deskMailbox(mailFrom);
  const hex = hexOf(caseId);
  return `${local}+${hex}${mac(secret, uuidOf(hex))}@${domain}`;
}

/**
 * Has the address the shape of a case reply address of one of the desk's addresses? The SMTP
 * listener accepts such a recipient (it has no secret to check it with; intake checks it).
 */
export function isCaseReplyAddressOf(address: string, deskAddresses: Iterable<string>): boolean {
  const a = address.trim().toLowerCase();
  const m = /^([^@+]+)\+([0-9a-f]{48})@(.+)$/.exec(a);
  if (!m || !TAG.test(m[2])) return false;
  for (const desk of deskAddresses) if (desk.trim().toLowerCase() === `${m[1]}@${m[3]}`) return true;
  return false;
}

/** The case a reply address belongs to, when its mac is ours; null for any other address. */
export function caseIdOfReplyAddress(secret: string, address: string): string | null {
  const m = /^[^@+]+\+([0-9a-f]{48})@[^@]+$/.exec(address.trim().toLowerCase());
  const tag = m ? TAG.exec(m[1]) : null;
  if (!tag) return null;
  const caseId = uuidOf(tag[1]);
  const expected = Buffer.from(mac(secret, caseId));
  const given = Buffer.from(tag[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? caseId : null;
}
