/** German capitalises every noun: there a capital inside a sentence is no name, and the router keeps the word. */
import { describe, expect, it } from 'vitest';
import { capitalisesNouns } from '../../server/routing/capitalised-nouns';
import { contentWords, petitionFeatures, textFeatures } from '../../server/routing/features';

const GERMAN = 'Die Container für Restmüll sind ständig überfüllt, und die Müllabfuhr kommt nicht mehr regelmäßig in unseren Hof.';

describe('German nouns', () => {
  it('tells German by its own function words, and no other language the desk reads', () => {
    expect(capitalisesNouns(GERMAN)).toBe(true);
    expect(capitalisesNouns('Sehr geehrte Damen und Herren, ich bitte Sie um eine Antwort.')).toBe(true);
    for (const other of [
      'Mieszkam przy ulicy Kalvarijų. Proszę o wymianę licznika, bo nie wie nikt, kto to zrobi.',
      'Gyvenu Žirmūnų gatvėje, prašau pakeisti vandens skaitiklį, nes jis sugedo.',
      'I live in Antakalnis and the bins in our yard are not emptied, please send the truck.',
      'Es dzīvoju Verkiu mikrorajonā un vēršos pie jums saistībā ar ielu apgaismojumu.',
      'Прошу заменить счётчик воды в квартире, он не работает уже месяц.',
      // Three German words in a long English sentence are a quotation, not German.
      'The letter says "bitte" and "danke" and "und" but the rest of this long petition about the broken street lamps in our yard is written in English from start to end.',
    ]) expect(capitalisesNouns(other)).toBe(false);
  });

  it('keeps the capitalised nouns of a German sentence, which the name rule would drop', () => {
    const words = contentWords(GERMAN).map((w) => w.surface);
    expect(words).toEqual(expect.arrayContaining(['Container', 'Restmüll', 'Müllabfuhr', 'Hof']));
    // Told by the caller (a petition is judged whole): names dropped, nouns lost.
    expect(contentWords(GERMAN, false).map((w) => w.surface)).not.toContain('Müllabfuhr');
  });

  it('still drops a name inside a sentence in the other languages', () => {
    expect(contentWords('Mieszkam przy ulicy Kalvarijų, proszę o wymianę licznika.').map((w) => w.surface)).not.toContain('Kalvarijų');
    expect(contentWords('I live on Kalvarijų street and the Water meter is broken.').map((w) => w.surface)).not.toContain('Kalvarijų');
  });

  it('judges a petition once, as a whole: a German subject line alone is too short to tell, and keeps its nouns', () => {
    const petition = { subject: 'Beschwerde Müllabfuhr Container', body: GERMAN };
    const { features, surfaces } = petitionFeatures(petition);
    for (const feature of textFeatures('Müllabfuhr').keys()) expect(features.has(feature)).toBe(true);
    expect([...surfaces.values()]).toContain('Container');
    // The subject's nouns count (twice, as a subject does) although the subject alone is no German sentence.
    expect(capitalisesNouns(petition.subject)).toBe(false);
    const bodyOnly = petitionFeatures({ subject: '', body: GERMAN }).features;
    const container = [...textFeatures('container').keys()][0];
    expect(features.get(container)!).toBeGreaterThan(bodyOnly.get(container)!);
  });
});
