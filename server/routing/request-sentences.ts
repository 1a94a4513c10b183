/**
 * The sentences of a petition that ask for something ("Prašome įrengti greičio kalnelį", "Proszę o
 * wstrzymanie naliczania opłaty za odpady", "Прошу заменить счётчик", "Please repair the lamp").
 * A letter often tells a story first — a death in the family, a visit to the eldership, an
 * illness — whose words belong to other departments; what the resident asks the municipality to
 * do is what decides where the petition goes, so features.ts weighs these sentences more. Pure.
 */
import { canonicalWords } from './normalise.js';

/**
 * Words of asking, as residents write them, canonicalised at load and matched as prefixes of a
 * sentence's canonical words (so "prašome" / "prasome", "просим" / "prosim" meet). Only the
 * formulas of a request, never a matter's words.
 */
const ASKING_TEXT = `
  prasau prasome prasytume prasyciau pageidauciau pageidautume noreciau noretume galetumete galetumet galetute
  reikalaujame reikalauju
  prosze prosimy prosba prosbe prosba wnosze wnosimy chcialbym chcialabym chcielibysmy uprzejmie
  прошу просим просьба просьбу просьбой подскажите помогите разъясните сообщите хотел хотела хотелось хотели требую требуем
  proshu prosim podskazhite pomogite
  please kindly request requesting ask asking would could
`;

/** Canonical prefixes; at least five letters each, so that a prefix seldom starts an unrelated word. */
const ASKING: readonly string[] = [...new Set(canonicalWords(ASKING_TEXT))];

const SENTENCE = /[^.!?\n]+[.!?]*/g;
/** An item of a list ("1. …", "2) …", "- …", "• …", "a) …"). */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-–•*]|\p{L}\))\s+/u;

function asks(sentence: string): boolean {
  return canonicalWords(sentence).some((word) => ASKING.some((a) => (a.length >= 5 ? word.startsWith(a) : word === a)));
}

/**
 * The lines of a text with a printer's (or a typist's) wraps undone: a line that does not end a
 * sentence, followed by one that goes on in lower case, is one line of the sentence. A paper
 * letter wraps its request across lines ("Prašau patikrinti ... ir pranešti\nterminą ..."), and
 * the request is the whole sentence, not its first line.
 */
function unwrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.trim() && !/[.!?:;]\s*$/.test(previous) && /^\s*\p{Ll}/u.test(line) && !LIST_ITEM.test(line)) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trimStart()}`;
    } else out.push(line);
  }
  return out;
}

/**
 * The sentences that contain a formula of asking, in order, as written. A request that ends in a
 * colon ("Proszę o:", "Prašome:") asks for the list that follows it, item by item.
 */
export function requestSentences(text: string): string[] {
  const out: string[] = [];
  const lines = unwrapped(text.split('\n'));
  for (let i = 0; i < lines.length; i++) {
    for (const sentence of (lines[i].match(SENTENCE) ?? []).map((s) => s.trim())) {
      if (sentence && asks(sentence)) out.push(sentence);
    }
    if (/:\s*$/.test(lines[i]) && asks(lines[i].slice(lines[i].search(/[^.!?]*:\s*$/)))) {
      for (let j = i + 1; j < lines.length && LIST_ITEM.test(lines[j]); j++) out.push(lines[j].trim());
    }
  }
  return out;
}
