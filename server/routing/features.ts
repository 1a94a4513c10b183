/**
 * What the department classifier sees of a text: stems of its canonical words (prefixes of 4–7
 * letters stand in for a stemmer in four inflected languages: "skaitiklio", "skaitiklį",
 * "skaitiklis" share "skaitik"), and pairs of neighbouring stems, which carry phrases such as
 * "vandens skaitiklis" or "вывоз мусора". Words every letter contains (greetings, pronouns,
 * prepositions, "request") are dropped. Pure.
 */
import { LEXICON } from '../language/lexicon.js';
import { wordTokens } from '../language/text-folding.js';
import { capitalisesNouns } from './capitalised-nouns.js';
import { canonicalWords } from './normalise.js';
import { requestSentences } from './request-sentences.js';

/** Written as residents write them; canonicalised at load. */
const STOP_TEXT = `
  laba diena sveiki gerbiamieji gerbiamas gerbiama pagarbiai aciu dekoju prasau prasome prasymas prasymo prasyma
  noreciau norejau kreipiuosi informuoju mano musu jusu savo kuris kuri kurie kad kaip taip nes arba bei yra buvo bus
  butu del apie prie nuo iki per kai tai tas jau dar tik labai galite galetumete reikia turi turiu vilniaus vilniuje
  vilnius miesto dzien dobry szanowni szanowny szanowna panstwo prosze uprzejmie dziekuje pozdrawiam powazaniem
  wniosek wniosku prosba prosbe zwracam sie moje mojej mojego moj nasz nasza jest byl byla bylo oraz ktory ktora
  ktore jednak poniewaz bardzo tylko juz jeszcze dla przez przy wilno wilnie wilna wilenskiej
  здравствуйте добрый день уважаемые уважаемый уважаемая спасибо благодарю прошу просим заявление обращаюсь
  пожалуйста мой моя моё мои наш наша ваш ваша который которая которые что это как так также уже еще ещё только
  очень для при после если или потому чтобы было была был будет есть вильнюс вильнюсе вильнюса города
  zdravstvuyte zdravstvujte pozhaluysta pozhalujsta proshu spasibo
  dear sir madam hello regards sincerely kind thank thanks please request would could should like write writing
  which that this there their with from have has had been were will your yours about also because into only very
  vilnius city
`;

/**
 * The furniture of a letter to the municipality: the office it is addressed to (its name stands in
 * almost every letter, and in the catalogue's department names, so it would pull every letter one
 * way), the labels of a subject line, and the words of asking for an answer. A word here says
 * nothing of which department a petition belongs to, and is never shown as the reason for one.
 */
const LETTER_FURNITURE_TEXT = `
  savivaldybe savivaldybes savivaldybei savivaldybei administracija administracijos administracijai administracijai
  skyrius skyriaus skyriui direktoriui atsakyma atsakymo atsakyti pranesti informuoti
  samorzad samorzadu administracji administracja wydzial urzad dyrektor odpowiedz odpowiedzi temat dotyczy
  самоуправление самоуправления администрация администрации отдел ответ ответа ответить тема
  municipality municipal administration department office reply answer respond response subject inform
`;

/** The letter formulas above, and the languages' short function words ("nie", "them", "pat"). */
const STOPWORDS: ReadonlySet<string> = new Set([
  ...canonicalWords(STOP_TEXT),
  ...canonicalWords(LETTER_FURNITURE_TEXT),
  ...Object.values(LEXICON).flatMap((words) => [...words].filter((w) => w.length <= 4).flatMap(canonicalWords)),
]);

const PREFIX_LENGTHS = [4, 5, 6, 7] as const;
const SENTENCE_END = /[.!?…:;\n]\s*["'„“«(]*\s*$/;

/**
 * Drops proper nouns: a capitalised word inside a sentence is a name (a street, a person, a
 * shop), which says nothing about the department and, by chance, looks like a word that does.
 * Not for German, which capitalises every noun (contentWords asks capitalised-nouns.ts).
 */
export function withoutNames(text: string): string {
  let out = '';
  let last = 0;
  for (const token of wordTokens(text)) {
    const before = text.slice(last, token.start);
    const first = token.text.charAt(0);
    const capitalised = first !== first.toLowerCase();
    const sentenceStart = last === 0 ? !/\S/.test(before) || SENTENCE_END.test(before) : SENTENCE_END.test(before);
    out += before + (capitalised && !sentenceStart ? ' '.repeat(token.text.length) : token.text);
    last = token.start + token.text.length;
  }
  return out + text.slice(last);
}

export interface ContentWord {
  /** Canonical form (normalise.ts). */
  word: string;
  /** As the resident wrote it, for the clerk's "why". */
  surface: string;
}

/**
 * The words that may carry a department: canonical, at least three letters, not a stop word.
 * `nounsCapitalised`: the text's language capitalises its nouns, so a capital is no name (by
 * default told from the text itself; a petition is judged once, as a whole).
 */
export function contentWords(text: string, nounsCapitalised = capitalisesNouns(text)): ContentWord[] {
  const out: ContentWord[] = [];
  for (const token of wordTokens(nounsCapitalised ? text : withoutNames(text))) {
    for (const word of canonicalWords(token.text)) {
      if (word.length >= 3 && !STOPWORDS.has(word)) out.push({ word, surface: token.text });
    }
  }
  return out;
}

/**
 * Whether a surface (a word, or two for a pair) may be shown to a clerk as a reason: it has a
 * content word of at least four letters. Short stems match by chance more than by meaning.
 */
export function isEvidenceWord(surface: string): boolean {
  return contentWords(surface).some((w) => w.word.length >= 4);
}

export type FeatureCounts = Map<string, number>;

function addFeatures(into: FeatureCounts, words: readonly ContentWord[], weight: number, surfaces?: Map<string, string>): void {
  const add = (f: string, n: number, surface: string) => {
    into.set(f, (into.get(f) ?? 0) + n * weight);
    if (surfaces && !surfaces.has(f)) surfaces.set(f, surface);
  };
  for (const { word, surface } of words) {
    const stems = PREFIX_LENGTHS.filter((k) => word.length >= k).map((k) => word.slice(0, k));
    if (stems.length === 0) stems.push(word);
    for (const stem of stems) add(stem, 1 / stems.length, surface);
  }
  for (let i = 1; i < words.length; i++) {
    add(`${words[i - 1].word.slice(0, 5)}_${words[i].word.slice(0, 5)}`, 0.5, `${words[i - 1].surface} ${words[i].surface}`);
  }
}

/** Feature counts of a catalogue text. Each word contributes one unit in total, spread over its stems. */
export function textFeatures(text: string): FeatureCounts {
  const features: FeatureCounts = new Map();
  addFeatures(features, contentWords(text), 1);
  return features;
}

export interface PetitionText {
  subject: string;
  body: string;
  /**
   * The office the letter is addressed to, when it was read as a letter (its lines are in `body`
   * too): part of the focus, as the resident chose it for the matter.
   */
  addressee?: string;
  /**
   * Recognised text with its OCR confidence (0–100), or null for a text layer; `subject`, when
   * the page was read as a letter, is its subject line (left out of `text`).
   */
  pages?: readonly { text: string; confidence: number | null; subject?: string; addressee?: string }[];
}

/** The matter is stated early; a very long text is read this far. */
const MAX_TEXT = 50_000;

/** The subject names the matter more often than any other line, so it counts twice. */
const SUBJECT_WEIGHT = 2;
/** What the resident asks for decides the department over the story told around it: a request sentence counts twice, as the subject does. */
const REQUEST_EXTRA_WEIGHT = 1;

/** A running text's features, its request sentences weighed more (and gathered in `focus` too). */
function addRunningText(into: FeatureCounts, focus: FeatureCounts, text: string, weight: number, surfaces: Map<string, string>, nounsCapitalised: boolean): void {
  const read = text.slice(0, MAX_TEXT);
  addFeatures(into, contentWords(read, nounsCapitalised), weight, surfaces);
  for (const sentence of requestSentences(read)) {
    const words = contentWords(sentence, nounsCapitalised);
    addFeatures(into, words, weight * REQUEST_EXTRA_WEIGHT, surfaces);
    addFeatures(focus, words, weight, surfaces);
  }
}

function addSubject(into: FeatureCounts, focus: FeatureCounts, subject: string, weight: number, surfaces: Map<string, string>, nounsCapitalised: boolean): void {
  const words = contentWords(subject.slice(0, MAX_TEXT), nounsCapitalised);
  addFeatures(into, words, SUBJECT_WEIGHT * weight, surfaces);
  addFeatures(focus, words, SUBJECT_WEIGHT * weight, surfaces);
}

const dampened = (raw: FeatureCounts): FeatureCounts => new Map([...raw].map(([f, n]) => [f, Math.log1p(n)]));

export interface PetitionFeatures {
  /** Every line of the petition read: subject, body and pages. */
  features: FeatureCounts;
  /**
   * What the petition says it is about and asks for: its subject line(s) and its request
   * sentences. The model gives this view a share of the decision of its own (department-model.ts),
   * so that a long story around a short request does not outvote the request. Empty when the
   * petition has neither.
   */
  focus: FeatureCounts;
  /** Each feature back to the words the resident wrote. */
  surfaces: Map<string, string>;
}

/**
 * Features of a petition: subject, body and recognised pages (by OCR confidence), with counts
 * dampened (log 1 + n) so that a word repeated ten times does not outvote everything else.
 * `surfaces` maps each feature back to the words the resident wrote.
 */
export function petitionFeatures(petition: PetitionText): PetitionFeatures {
  const raw: FeatureCounts = new Map();
  const focus: FeatureCounts = new Map();
  const surfaces = new Map<string, string>();
  const pages = petition.pages ?? [];
  // One judgement for the whole petition: a subject line or a request sentence alone is too short to tell.
  const nounsCapitalised = capitalisesNouns([petition.subject, petition.body, ...pages.flatMap((p) => [p.subject ?? '', p.text])].join('\n').slice(0, MAX_TEXT));
  addSubject(raw, focus, petition.subject, 1, surfaces, nounsCapitalised);
  addFeatures(focus, contentWords(petition.addressee ?? '', nounsCapitalised), 1, surfaces);
  addRunningText(raw, focus, petition.body, 1, surfaces, nounsCapitalised);
  for (const page of pages) {
    // OCR confidence (0–100), squared: a poorly read page says little.
    const trust = page.confidence === null ? 1 : Math.max(0, Math.min(1, page.confidence / 100)) ** 2;
    if (trust <= 0) continue;
    if (page.subject) addSubject(raw, focus, page.subject, trust, surfaces, nounsCapitalised);
    if (page.addressee) addFeatures(focus, contentWords(page.addressee, nounsCapitalised), trust, surfaces);
    addRunningText(raw, focus, page.text, trust, surfaces, nounsCapitalised);
  }
  return { features: dampened(raw), focus: dampened(focus), surfaces };
}
