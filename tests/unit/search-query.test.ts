import { describe, expect, it } from 'vitest';
import { fold, indexTermsOf, parseSearchQuery, queryVariantsOf, wordMatches } from '../../server/search/search-query';
import { snippetOf } from '../../server/search/snippets';

/** Does a query word find a text, as the engines compare them (any variant among the stored terms)? */
const finds = (query: string, text: string, lang?: string) => {
  const stored = new Set(indexTermsOf(text, lang).split(' '));
  return parseSearchQuery(query)!.words.every((w) => w.variants.some((v) => stored.has(v)));
};

describe('parseSearchQuery', () => {
  it.each([
    ['VLN-2026-000123', { number: { exact: 'VLN-2026-000123', year: 2026, seq: 123 } }],
    ['vln-2026-000123', { number: { exact: 'VLN-2026-000123', year: 2026, seq: 123 } }],
    ['2026-000123', { number: { exact: null, year: 2026, seq: 123 } }],
    ['000123', { numberSuffix: '000123' }],
    ['123', { numberSuffix: '123' }],
    ['Jonas.Petraitis@Example.LT', { email: 'jonas.petraitis@example.lt' }],
    ['+370 612 34567', { phoneKey: '61234567' }],
    ['8 (612) 345-67', { phoneKey: '61234567' }],
    ['861234567', { numberSuffix: '861234567', phoneKey: '61234567' }],
  ])('%s', (raw, expected) => {
    expect(parseSearchQuery(raw)).toMatchObject({ ...expected, words: [] });
  });

  it('is null when there is nothing to search for', () => {
    for (const raw of ['', '   ', '12', '!!', 'a', '- -']) expect(parseSearchQuery(raw), raw).toBeNull();
  });

  it('keeps words of two letters or more, at most eight, without repeats', () => {
    const q = parseSearchQuery('Šilumos  šilumos a skaitiklis; 1 2 3 4 5 6 7 8 9 aa bb cc dd ee ff gg hh ii')!;
    expect(q.words.map((w) => w.word)).toEqual(['šilumos', 'skaitiklis', 'aa', 'bb', 'cc', 'dd', 'ee', 'ff']);
    expect(q.words[0]!.folded).toBe('silumos');
  });
});

describe('stemming', () => {
  it.each([
    ['pl', 'ogrzewania', 'Brak ogrzewanie w bloku'],
    ['pl', 'ogrzewanie', 'Awaria ogrzewania'],
    ['lt', 'skaitiklio', 'Sugedo skaitiklis'],
    ['lt', 'skaitiklis', 'Prašau pakeisti skaitiklį'],
    ['ru', 'отопления', 'Нет отопление'],
    ['ru', 'отопление', 'Нет отопления'],
    ['en', 'meters', 'the water meter'],
    ['en', 'heating', 'the flat is not heated'],
  ])('%s: %s finds “%s”, language known or not', (lang, query, text) => {
    expect(finds(query, text, lang)).toBe(true);
    expect(finds(query, text)).toBe(true);
  });

  it('does not find other words', () => {
    expect(finds('ogrzewania', 'Wymiana licznika wody')).toBe(false);
    expect(finds('отопление', 'Нет воды')).toBe(false);
  });

  it('a query word asks for itself and its stem under each stemmer, folded', () => {
    expect(queryVariantsOf('ogrzewania')).toEqual(expect.arrayContaining(['ogrzewania', 'ogrzew', 'ogrzewan']));
    expect(queryVariantsOf('skaitiklį')).toEqual(expect.arrayContaining(['skaitikli', 'skaitikl']));
    expect(queryVariantsOf('отопления')).toEqual(['отопления', 'отоплен']);
    expect(queryVariantsOf('2026')).toEqual(['2026']);
  });

  it('folds diacritics the same on both sides', () => {
    expect(fold('Žirmūnų')).toBe('zirmunu');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Ёлка')).toBe('елка');
    expect(finds('zirmunu', 'Žirmūnų g. 12')).toBe(true);
  });

  it('stems thousands of texts a second', () => {
    const text = 'Proszę o naprawę ogrzewania w mieszkaniu. Prašau pakeisti šilumos skaitiklį. В квартире нет отопления. Please replace the meter.';
    const started = performance.now();
    for (let i = 0; i < 2000; i++) indexTermsOf(`${text} ${i}`);
    // A generous floor (the bench measures the real rate): 2,000 texts in under 2 s.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('snippets', () => {
  it('marks the words that matched, in their context', () => {
    const q = parseSearchQuery('ogrzewania')!;
    const s = snippetOf('Szanowni Państwo, od tygodnia nie mamy ogrzewanie w mieszkaniu.', q);
    expect(s).toEqual([{ text: 'Szanowni Państwo, od tygodnia nie mamy ', hit: false }, { text: 'ogrzewanie', hit: true }, { text: ' w mieszkaniu.', hit: false }]);
    expect(wordMatches('ogrzewaniem', q.words[0]!)).toBe(true);
  });

  it('cuts a long text around the first hit', () => {
    const q = parseSearchQuery('skaitiklis')!;
    const text = `${'žodis '.repeat(100)}skaitiklio ${'kitas '.repeat(100)}`;
    const s = snippetOf(text, q);
    expect(s[0]!.text.startsWith('… ')).toBe(true);
    expect(s.find((x) => x.hit)!.text).toBe('skaitiklio');
    expect(s[s.length - 1]!.text.endsWith(' …')).toBe(true);
    expect(s.map((x) => x.text).join('').split(' ').length).toBeLessThan(40);
  });
});
