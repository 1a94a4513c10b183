/** Puts a reply, its case and its signer into the letter the layout prints. */
import type { Petitioner, CaseRecord } from '../cases/case.js';
import type { Department } from '../departments/department.js';
import type { User } from '../auth/user.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { formatLetterDate } from './format-date.js';
import { LETTER_TEXTS } from './letter-texts.js';
import { postalAddressLines } from './pdf/address-window.js';
import type { LetterContent } from './pdf/letter-content.js';
import type { Reply } from './reply.js';

export function composeLetter(
  input: { reply: Reply; kase: CaseRecord; petitioner: Petitioner; department: Department | null; signer: Pick<User, 'name' | 'role'>; sequence: number },
  now: Date,
): LetterContent {
  const { reply, kase, petitioner, department, signer } = input;
  const lang = reply.language;
  const texts = LETTER_TEXTS[lang];
  const received = formatLetterDate(vilniusDateOf(new Date(kase.receivedAt)), lang);
  return {
    lang,
    documentTitle: `${reply.subject} — ${kase.number}`,
    letterhead: {
      institution: department?.legalName ?? texts.municipality,
      addressLines: [department ? department.names[lang] : texts.municipality, texts.address],
      contacts: [department?.email ?? 'prasymai@vilnius.example', 'www.vilnius.lt'],
    },
    ourNumber: `${kase.number}/${input.sequence}`,
    date: formatLetterDate(vilniusDateOf(now), lang),
    theirReference: texts.reference(received, kase.number),
    recipient: {
      name: petitioner.name,
      addressLines: petitioner.address ? [petitioner.address] : [],
      email: petitioner.email,
    },
    // A letter that goes by post puts its recipient in the window envelope's address field.
    addressWindow:
      kase.deliveryChannel === 'post' && petitioner.address
        ? { returnAddress: texts.returnAddress, lines: [petitioner.name, ...postalAddressLines(petitioner.address)].filter((l) => l.trim() !== '') }
        : null,
    title: reply.subject,
    bodyHtml: reply.bodyHtml,
    signature: {
      name: signer.name,
      title: signer.role === 'clerk' ? texts.clerkTitle : texts.managerTitle,
      department: department ? department.names[lang] : texts.municipality,
    },
  };
}
