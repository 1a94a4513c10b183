import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance, normaliseForCer } from '../../server/ocr/cer';

describe('edit distance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['Vilnius', 'Vilnius', 0],
    ['Žirmūnų', 'Zirmunu', 3],
    ['Вильнюс', 'Вилнюс', 1],
    ['ab', 'ba', 2],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(editDistance('a𝔸b', 'ab')).toBe(1);
  });
});

describe('whitespace and Unicode normalisation', () => {
  it('collapses every run of whitespace and trims', () => {
    expect(normaliseForCer('  Gerbiamieji,\n\n  rašau\tkaip \r\n')).toBe('Gerbiamieji, rašau kaip');
  });

  it('treats composed and decomposed letters as the same', () => {
    expect(normaliseForCer('e\u0307')).toBe('ė');
    expect(characterErrorRate('Žemaitienė', 'Z\u030cemaitiene\u0307').errors).toBe(0);
  });
});

describe('character error rate', () => {
  it('is errors over the normalised reference length', () => {
    const result = characterErrorRate('Prasau pakeisti', 'Prašau pakeisti');
    expect(result).toEqual({ errors: 1, referenceLength: 15, cer: 1 / 15 });
  });

  it('ignores layout: line breaks and blank lines are not errors', () => {
    expect(characterErrorRate('Dear Sir or Madam,\nI have', 'Dear Sir or Madam,\n\n\nI   have').cer).toBe(0);
  });

  it('counts a dropped paragraph as deletions', () => {
    expect(characterErrorRate('', 'abcd').cer).toBe(1);
    expect(characterErrorRate('ab', 'abcd').cer).toBe(0.5);
  });

  it('is 0 for two empty texts and counts stray characters against an empty reference', () => {
    expect(characterErrorRate(' \n', '').cer).toBe(0);
    expect(characterErrorRate('xy', '').cer).toBe(2);
  });
});
