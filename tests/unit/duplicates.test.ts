/**
 * Duplicates and mass petitions (server/routing/duplicates.ts) on whole letters: the campaign
 * letters of tests/fixtures/letters/campaigns (residents' copies of one shared text, a resident
 * writing again, unrelated letters on the same topics) and the 120 dev petitions of
 * ../shared/corpus, each read as the desk reads it (letter-body.ts sets the sender, recipient,
 * salutation, closing and signature aside first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEmail, readPhone } from '../../server/intake/letter-facts/contact-details';
import { readLetterDate } from '../../server/intake/letter-facts/letter-date';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from '../../server/intake/letter-facts/letter-lines';
import { isPersonName } from '../../server/intake/letter-facts/person-name';
import { isPostcodeLine, isStreetLine } from '../../server/intake/letter-facts/postal-address';
import {
  bandKeys, comparableText, compareLetters, estimatedJaccard, fingerprintOf, letterSets, MIN_WORDS, SAME_MATTER, SAME_MATTER_SAME_PETITIONER, SAME_TEXT, TEXT_BANDS, WORD_BANDS, type LetterSets,
} from '../../server/routing/duplicates';
import type { LetterLineKinds } from '../../server/routing/letter-body';

/** The letter-facts reader as the composition root (server/services.ts) hands it to routing. */
const kinds: LetterLineKinds = { lines: letterLines, isSalutation, isClosing, isAddresseeLine, isPersonName, isStreetLine, isPostcodeLine, readEmail, readPhone, readLetterDate };

/** What the desk compares: the case's subject, then the letter's own subject and body. */
const comparable = (subject: string, letter: string): string => comparableText({ subject, parts: [letter] }, kinds);

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/letters/campaigns');
const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus');

interface Entry { file: string; lang: string; campaign: string | null; repeatOf: string | null; petitioner: { name: string; email: string | null; address: string } }
const manifest: Entry[] = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'manifest.json'), 'utf8'));
const fixtureText = new Map(manifest.map((e) => [e.file, fs.readFileSync(path.join(fixtureDir, e.file), 'utf8')]));
const fixture = new Map(manifest.map((e) => [e.file, letterSets(comparable('', fixtureText.get(e.file)!))]));

const corpus: { id: string; sets: LetterSets }[] = ['petitions-dev-ltpl.jsonl', 'petitions-dev-ruen.jsonl'].flatMap((file) =>
  fs.readFileSync(path.join(corpusDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const p = JSON.parse(l) as { id: string; subject: string; body: string };
    return { id: p.id, sets: letterSets(comparable(p.subject, p.body)) };
  }),
);

const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b): [T, T] => [a, b]));
/** Copies of one campaign in one language: the same text. */
const campaignGroups: [string, Entry[]][] = [];
for (const e of manifest.filter((x) => x.campaign)) {
  const key = `${e.campaign} ${e.lang}`;
  const group = campaignGroups.find(([k]) => k === key);
  if (group) group[1].push(e);
  else campaignGroups.push([key, [e]]);
}
const unrelated = manifest.filter((e) => !e.campaign && !e.repeatOf && !manifest.some((r) => r.repeatOf === e.file));
const repeats = manifest.filter((e) => e.repeatOf).map((e) => [e.repeatOf!, e.file] as const);
const similarity = (a: string, b: string) => compareLetters(fixture.get(a)!, fixture.get(b)!);

describe('the fixtures', () => {
  it('are what the manifest says: 3 campaigns of 4–6 copies, a translation, 2 repeats, 4+ unrelated letters of 80–250 words', () => {
    expect(fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.txt')).sort()).toEqual(manifest.map((e) => e.file).sort());
    const byLang = campaignGroups.map(([key, es]) => `${key}:${es.length}`).sort();
    expect(byLang).toEqual(['kalvariju-lime-trees lt:5', 'kalvariju-lime-trees pl:2', 'nowa-wilejka-bus-47 pl:5', 'ukmerges-night-unloading ru:5']);
    expect(repeats).toHaveLength(2);
    expect(unrelated.length).toBeGreaterThanOrEqual(4);
    for (const [file, text] of fixtureText) {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThanOrEqual(80);
      expect(words, file).toBeLessThanOrEqual(250);
    }
  });

  it('are read as letters: the sender, the signature and the contacts are set aside', () => {
    for (const e of manifest) {
      const text = comparable('', fixtureText.get(e.file)!);
      expect(text, e.file).not.toContain(e.petitioner.name);
      if (e.petitioner.email) expect(text, e.file).not.toContain(e.petitioner.email);
      expect(text, e.file).not.toContain(e.petitioner.address);
    }
  });
});

describe('a campaign: residents who copied and signed one text', () => {
  it.each(campaignGroups)('every two copies of %s are the same text', (_key, entries) => {
    for (const [a, b] of pairs(entries)) {
      const s = similarity(a.file, b.file);
      expect(s.likeness, `${a.file} ~ ${b.file}: text ${s.text.toFixed(3)}`).toBe('same_text');
      // Even the copies typed without diacritics, with typos, in Latin letters or with a sentence of one's own stay well above the threshold.
      expect(s.text).toBeGreaterThan(SAME_TEXT + 0.2);
    }
  });

  it('the same campaign translated is another text (the words of another language are not the same text)', () => {
    const lt = manifest.filter((e) => e.campaign === 'kalvariju-lime-trees' && e.lang === 'lt');
    const pl = manifest.filter((e) => e.campaign === 'kalvariju-lime-trees' && e.lang === 'pl');
    for (const a of lt) for (const b of pl) expect(similarity(a.file, b.file).text).toBeLessThan(0.1);
  });

  it('every two copies share at least one text band, so the index finds them', () => {
    for (const [, entries] of campaignGroups) {
      for (const [a, b] of pairs(entries)) {
        const ka = new Set(bandKeys(fingerprintOf(fixture.get(a.file)!)!).slice(0, TEXT_BANDS));
        const kb = bandKeys(fingerprintOf(fixture.get(b.file)!)!).slice(0, TEXT_BANDS);
        expect(kb.filter((k) => ka.has(k)).length, `${a.file} ~ ${b.file}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('the MinHash signatures estimate the copies\' similarity', () => {
    for (const [, entries] of campaignGroups) {
      for (const [a, b] of pairs(entries)) {
        const [fa, fb] = [fingerprintOf(fixture.get(a.file)!)!, fingerprintOf(fixture.get(b.file)!)!];
        // 60 values: the estimate's standard error at 0.8 is about 0.05.
        expect(Math.abs(estimatedJaccard(fa.text, fb.text) - similarity(a.file, b.file).text), `${a.file} ~ ${b.file}`).toBeLessThan(0.25);
      }
    }
  });
});

describe('letters that are not a campaign', () => {
  it('no two petitions of the corpus are the same text, nor the same matter', () => {
    let maxText = 0;
    for (const [a, b] of pairs(corpus)) {
      const s = compareLetters(a.sets, b.sets);
      expect(s.likeness, `${a.id} ~ ${b.id}: text ${s.text.toFixed(3)}, words ${s.words.toFixed(3)}`).toBeNull();
      maxText = Math.max(maxText, s.text);
    }
    // Written apart, two letters share almost no word triples, however alike their subject.
    expect(maxText).toBeLessThan(0.1);
  });

  it('an unrelated letter on a campaign\'s topic (another street, another problem) is neither its text nor its matter', () => {
    const campaign = manifest.filter((e) => e.campaign);
    for (const u of [...unrelated, ...manifest.filter((e) => repeats.some((r) => r.includes(e.file)))]) {
      for (const c of campaign) {
        const s = similarity(u.file, c.file);
        expect(s.likeness, `${u.file} ~ ${c.file}: text ${s.text.toFixed(3)}, words ${s.words.toFixed(3)}`).toBeNull();
        expect(s.text).toBeLessThan(0.1);
      }
    }
  });

  it('no fixture letter is the same text as a corpus petition', () => {
    for (const [file, sets] of fixture) for (const p of corpus) expect(compareLetters(sets, p.sets).likeness, `${file} ~ ${p.id}`).not.toBe('same_text');
  });
});

describe('a resident writing again about the same matter, in other words', () => {
  it.each(repeats)('%s and %s are nearer in their words than any unrelated pair of letters', (first, again) => {
    const s = similarity(first, again);
    expect(s.likeness).not.toBe('same_text');
    const others = [...pairs(corpus.map((p) => p.sets)), ...unrelated.flatMap((u) => corpus.map((p) => [fixture.get(u.file)!, p.sets] as [LetterSets, LetterSets]))];
    const nearestUnrelated = Math.max(...others.map(([a, b]) => compareLetters(a, b).words));
    expect(s.words).toBeGreaterThan(nearestUnrelated);
  });

  // Between two people's letters the words must share SAME_MATTER; a resident's own letters are
  // compared at the lower SAME_MATTER_SAME_PETITIONER (a second letter says it in other words).
  for (const [first, again] of repeats) {
    it(`${first} and ${again}, of one petitioner, are the same matter; they would not be between two people`, () => {
      const own = compareLetters(fixture.get(first)!, fixture.get(again)!, { samePetitioner: true });
      expect(own.words).toBeGreaterThanOrEqual(SAME_MATTER_SAME_PETITIONER);
      expect(own.likeness).toBe('same_matter');
      expect(similarity(first, again).words).toBeLessThan(SAME_MATTER);
    });
  }

  it('no two unrelated letters of the corpus would be the same matter even at the same petitioner\'s threshold', () => {
    for (const [a, b] of pairs(corpus.map((p) => p.sets))) expect(compareLetters(a, b, { samePetitioner: true }).likeness).toBeNull();
  });
});

describe('fingerprints and band keys', () => {
  const text = 'Prašome sutvarkyti apšvietimą kieme prie Kalvarijų gatvės namo, nes vakare čia labai tamsu ir vaikams pavojinga grįžti namo.';

  it('a letter with too few words has no fingerprint and is like no other, not even itself', () => {
    const short = letterSets('Prašau sutvarkyti kiemą prie namo, labai ačiū.');
    expect(short.wordCount).toBeLessThan(MIN_WORDS);
    expect(fingerprintOf(short)).toBeNull();
    expect(compareLetters(short, short)).toEqual({ text: 0, words: 0, likeness: null });
    expect(fingerprintOf(letterSets(text))).not.toBeNull();
  });

  it('are one signed 32-bit integer per band, the same on every run (the index stores them)', () => {
    const keys = bandKeys(fingerprintOf(letterSets(text))!);
    expect(keys).toHaveLength(TEXT_BANDS + WORD_BANDS);
    for (const k of keys) {
      expect(Number.isInteger(k)).toBe(true);
      expect(k | 0).toBe(k);
    }
    expect(keys.some((k) => k < 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    // Computed again from scratch, and as stored by earlier versions: changing the hashing would orphan every stored key.
    expect(bandKeys(fingerprintOf(letterSets(`${text}`))!)).toEqual(keys);
    expect(keys.slice(0, 3)).toEqual([976051707, -1192718538, -949282901]);
    expect(keys.slice(TEXT_BANDS, TEXT_BANDS + 2)).toEqual([274477440, 907637384]);
  });

  it('two different letters share no band key by chance', () => {
    const a = new Set(bandKeys(fingerprintOf(fixture.get('other-heating-en.txt')!)!));
    const b = bandKeys(fingerprintOf(fixture.get('other-crossing-lt.txt')!)!);
    expect(b.filter((k) => a.has(k))).toEqual([]);
  });
});
