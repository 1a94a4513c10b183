/**
 * One mailbox out of an address header, by RFC 5322 rules. A From naming several mailboxes (a
 * list, a group) or one whose address is not a plain addr-spec gives none: the reply must go to
 * exactly the one person who wrote, never to an address smuggled in beside it
 * (`Joe <joe@example.com;attacker@evil.example>`).
 */
import { z } from 'zod';

export interface Mailbox {
  name: string;
  address: string;
}

/** An address as mailparser / addressparser give it: a mailbox, or a group of them. */
export interface ParsedAddress {
  name?: string;
  address?: string;
  group?: ParsedAddress[];
}

const addrSpec = z.string().email().max(254);

/** The address alone, lower-cased, or null when it is not a valid addr-spec. */
export function validAddress(address: string | undefined | null): string | null {
  const candidate = (address ?? '').trim();
  return addrSpec.safeParse(candidate).success ? candidate.toLowerCase() : null;
}

/** The one valid mailbox a header names, or null (none, several, or an invalid one). */
export function singleMailbox(list: readonly ParsedAddress[]): Mailbox | null {
  const flat = list.flatMap((a) => (a.group ? a.group : [a]));
  if (flat.length !== 1 || flat[0].group) return null;
  const address = validAddress(flat[0].address);
  return address ? { name: (flat[0].name ?? '').trim(), address } : null;
}
