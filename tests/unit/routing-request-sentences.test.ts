/** The sentences of a petition that ask for something, and their weight in routing. */
import { describe, expect, it } from 'vitest';
import { petitionFeatures } from '../../server/routing/features';
import { requestSentences } from '../../server/routing/request-sentences';

describe('request sentences', () => {
  it.each([
    ['lt', 'Kreipėmės į seniūniją. Prašome įrengti greičio mažinimo kalnelį.', 'Prašome įrengti greičio mažinimo kalnelį.'],
    ['lt without diacritics', 'Vakar lijo. Prasau pakeisti skaitikli.', 'Prasau pakeisti skaitikli.'],
    ['pl', 'Mama zmarła w grudniu. Proszę o wstrzymanie naliczania opłaty za odpady.', 'Proszę o wstrzymanie naliczania opłaty za odpady.'],
    ['ru', 'Мама умерла в декабре.\nПодскажите, кто должен платить за вывоз мусора?', 'Подскажите, кто должен платить за вывоз мусора?'],
    ['ru in Latin letters', 'Vchera ne bylo vody. Proshu proverit schetchik.', 'Proshu proverit schetchik.'],
    ['en', 'The lamp went out last week. Please repair it.', 'Please repair it.'],
  ])('finds the asking sentence (%s)', (_lang, text, expected) => {
    expect(requestSentences(text)).toEqual([expected]);
  });

  it('finds none in a story that asks for nothing', () => {
    expect(requestSentences('The bin was not emptied on Monday. It smells.')).toEqual([]);
  });

  it('weighs what the resident asks for above the story around it', () => {
    const story = 'My mother died in December and the death was registered.';
    const ask = 'Please stop the waste fee.';
    const { features } = petitionFeatures({ subject: '', body: `${story} ${ask}` });
    const plain = petitionFeatures({ subject: '', body: `${story} The waste fee continues.` }).features;
    // "waste" stands once in each text; asked for, it weighs more than told.
    expect(features.get('vast')!).toBeGreaterThan(plain.get('vast')!);
    expect(features.get('died')).toBeCloseTo(plain.get('died')!, 10);
  });
});

describe('a request wrapped across lines', () => {
  it('is read as the whole sentence, not its first line', () => {
    const text = 'Šilumos nėra jau savaitę.\nPrašome patikrinti šilumos punktą ir pranešti, kada\nbus atnaujintas šildymas ir karštas vanduo.\nAčiū.';
    expect(requestSentences(text)).toEqual(['Prašome patikrinti šilumos punktą ir pranešti, kada bus atnaujintas šildymas ir karštas vanduo.']);
  });

  it('a line that ends a sentence, or a next line in capitals, is not a wrap', () => {
    expect(requestSentences('Please repair the lamp.\nthe street is dark')).toEqual(['Please repair the lamp.']);
    expect(requestSentences('Please repair the lamp\nThe street is dark.')).toEqual(['Please repair the lamp']);
  });
});

describe('the focus: subject, request sentences and the office written to', () => {
  it('holds the subject and the request, not the story', () => {
    const { focus } = petitionFeatures({ subject: 'Skaitiklis', body: 'Mama mirė gruodį. Prašau pakeisti vandens skaitiklį.' });
    expect(focus.has('skai')).toBe(true);
    expect(focus.has('vand')).toBe(true);
    expect(focus.has('mire')).toBe(false);
    expect(petitionFeatures({ subject: '', body: 'Mama mirė gruodį.' }).focus.size).toBe(0);
  });

  it('holds the addressee, which the whole text reads once in the body', () => {
    const { features, focus } = petitionFeatures({ subject: '', body: 'Žirmūnų seniūnijai\nŽolė kieme neperpjauta.', addressee: 'Žirmūnų seniūnijai' });
    expect(focus.has('seniu')).toBe(true);
    expect(features.get('seniu')).toBeCloseTo(petitionFeatures({ subject: '', body: 'Žirmūnų seniūnijai\nŽolė kieme neperpjauta.' }).features.get('seniu')!, 10);
  });
});

describe('a request that ends in a colon', () => {
  it('asks for the list that follows it', () => {
    const text = 'Mieszkam z mamą.\nProszę o:\n1. wpisanie mnie na listę najmu mieszkania socjalnego;\n2. przydzielenie mieszkania na parterze.\nMama jest chora.';
    expect(requestSentences(text)).toEqual(['Proszę o:', '1. wpisanie mnie na listę najmu mieszkania socjalnego;', '2. przydzielenie mieszkania na parterze.']);
  });

  it('a list after a colon that asks for nothing is not a request', () => {
    expect(requestSentences('Attached:\n1. a copy of the contract\n2. a photo')).toEqual([]);
  });
});
