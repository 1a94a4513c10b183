import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage } from '../../server/language/detect-language';
import { createFrancLanguageDetector, francScorer } from '../../server/language/franc.adapter';
import { languageFromTag } from '../../server/language/language';
import { foldLatinDiacritics, transliterateCyrillic } from '../../server/language/text-folding';
import { weighWords } from '../../server/language/word-weights';

const detector = createFrancLanguageDetector({ fallbackLanguage: 'lt', reviewBelow: 0.8 });
const detect = (text: string, hints = {}) => detector.detect({ samples: [{ text, weight: 1 }], hints });

describe('text folding', () => {
  it.each([
    ['pažyma', 'pazyma'],
    ['żółć, łąka', 'zolc, laka'],
    ['ĄČĘĖĮŠŲŪŽ', 'ACEEISUUZ'],
    ['ūdens skaitītājs', 'udens skaititajs'],
  ])('folds Latin diacritics: %s', (text, folded) => expect(foldLatinDiacritics(text)).toBe(folded));

  it('leaves Cyrillic alone, so й, ї, ў keep telling the languages apart', () => {
    expect(foldLatinDiacritics('йод їжа ўсё')).toBe('йод їжа ўсё');
  });

  it.each([
    ['счётчик', 'schetchik'],
    ['Вывоз мусора', 'Vyvoz musora'],
    ["п'ять", 'pyat'],
    ['щука жук', 'shchuka zhuk'],
  ])('transliterates Cyrillic: %s', (text, latin) => expect(transliterateCyrillic(text)).toBe(latin));

  it('reads language tags', () => {
    expect(languageFromTag('pl-PL')).toBe('pl');
    expect(languageFromTag(' RU ')).toBe('ru');
    expect(languageFromTag('lit')).toBe('lt');
    expect(languageFromTag('fr')).toBeNull();
    expect(languageFromTag(null)).toBeNull();
  });
});

describe('which words may speak', () => {
  it('gives Lithuanian street and institution names no weight inside Polish text', () => {
    const words = weighWords('Proszę o naprawę latarni przy Žirmūnų g. 12, a UAB Vilniaus vandenys nie odpowiada.');
    const weight = (w: string) => words.find((x) => x.text === w)?.weight;
    expect(weight('Žirmūnų')).toBe(0);
    expect(weight('Vilniaus')).toBe(0);
    expect(weight('vandenys')).toBe(1); // lower-case after the name: an ordinary word
    expect(weight('naprawę')).toBe(1);
  });

  it('does not treat a headline in capitals as names', () => {
    expect(weighWords('PRAŠYMAS DĖL VANDENS SKAITIKLIO').every((w) => w.weight >= 0.5)).toBe(true);
  });

  it('repairs Latin look-alikes inside Cyrillic words', () => {
    expect(weighWords('Рэспублiкi')[0].text).toBe('Рэспублікі');
  });
});

describe('detecting the language of a petition', () => {
  it.each([
    ['lt', 'Prašau pakeisti sugedusį vandens skaitiklį mano bute.'],
    ['lt', 'Laba diena, prasau isduoti pazyma apie deklaruota gyvenamaja vieta, nes jos reikia bankui.'],
    ['lt', 'Kada bus isveztos atliekos? Konteineris pilnas jau savaite.'],
    ['pl', 'Dzień dobry, proszę o wymianę licznika wody w mieszkaniu.'],
    ['pl', 'Dzien dobry, prosze o wymiane licznika wody w mieszkaniu, bo od tygodnia cieknie.'],
    ['pl', 'Proszę o naprawę oświetlenia przy ul. Žirmūnų 12, obok Antakalnio seniūnijos. UAB „Vilniaus vandenys“ nie odpowiada na moje pisma.'],
    ['pl', 'Mieszkam na Šeškinės g. 45 i od miesiąca nikt nie wywozi śmieci z naszego podwórka.'],
    ['ru', 'Здравствуйте, прошу заменить счётчик воды по адресу Kalvarijų g. 5-12.'],
    ['ru', 'Zdravstvuyte, pozhaluysta pomogite, schetchik ne rabotaet uzhe nedelyu.'],
    ['ru', 'Dobryy den, kogda budet vyvoz musora na nashey ulitse? Spasibo.'],
    ['en', 'Please replace the water meter in my flat at Žirmūnų g. 5.'],
    ['en', 'The bus stop near our house has no shelter.'],
    ['uk', 'Прошу замінити лічильник води у квартирі, дякую.'],
    ['uk', 'Дякую за відповідь.'],
    ['uk', 'Коли буде опалення в нашому будинку?'],
    ['be', 'Прашу замяніць лічыльнік вады ў кватэры.'],
    ['be', 'Калі будзе ацяпленне ў нашым доме?'],
    ['lv', 'Lūdzu nomainīt ūdens skaitītāju manā dzīvoklī.'],
    ['de', 'Bitte tauschen Sie den Wasserzähler in meiner Wohnung aus.'],
  ])('%s: %s', (language, text) => expect(detect(text).language).toBe(language));

  it('never takes Ukrainian or Belarusian for Russian, even in short texts', () => {
    for (const text of ['Дякую, колеги.', 'Добрий день!', 'Прошу слова.', 'Так, звичайно.', 'Добры дзень!', 'Дзякуй вам.']) {
      expect(detect(text).language, text).not.toBe('ru');
    }
  });

  it('answers in the petition language when served, otherwise in the fallback and asks the clerk', () => {
    const polish = detect('Dzień dobry, proszę o wymianę licznika wody w mieszkaniu przy ulicy Wileńskiej.');
    expect(polish).toMatchObject({ language: 'pl', replyLanguage: 'pl', needsReview: false, reviewReason: null });
    expect(polish.confidence).toBeGreaterThan(0.95);
    const ukrainian = detect('Прошу замінити лічильник води у квартирі, дякую.');
    expect(ukrainian).toMatchObject({ language: 'uk', replyLanguage: 'lt', needsReview: true, reviewReason: 'not_served' });
  });

  it('lets hints decide only when the text does not', () => {
    expect(detect('OK, 2026-03-02', { formLanguage: 'pl' }).language).toBe('pl');
    expect(detect('Prašau pakeisti sugedusį vandens skaitiklį mano bute.', { formLanguage: 'pl', contentLanguage: 'pl' }).language).toBe('lt');
    expect(detect('OK', { previousLanguages: ['ru', 'ru'] }).language).toBe('ru');
  });

  it('asks the clerk when there is no text, using the hints if any', () => {
    expect(detector.detect({ samples: [{ text: '  ', weight: 1 }] })).toMatchObject({ language: null, needsReview: true, reviewReason: 'no_text', replyLanguage: 'lt' });
    expect(detector.detect({ samples: [], hints: { contentLanguage: 'ru-RU' } })).toMatchObject({ language: 'ru', replyLanguage: 'ru', needsReview: true });
  });

  it('weights scanned pages by their OCR confidence', () => {
    const typed = { text: 'Please see the attached letter.', weight: 1 };
    const page = 'Szanowni Państwo, proszę o wymianę licznika wody w mieszkaniu, ponieważ stary licznik jest zepsuty od miesiąca.';
    expect(detector.detect({ samples: [typed, { text: page, weight: 0.9 }] }).language).toBe('pl');
    expect(detector.detect({ samples: [typed, { text: page, weight: 0.01 }] }).language).toBe('en');
  });

  it('is less sure of a short text than of a long one', () => {
    const short = detectLanguage({ samples: [{ text: 'Ačiū.', weight: 1 }] }, francScorer, { fallbackLanguage: 'lt', reviewBelow: 0.8 });
    const long = detect('Laba diena, prašau pakeisti sugedusį vandens skaitiklį mano bute, nes jis nerodo teisingų rodmenų jau mėnesį.');
    expect(short.confidence).toBeLessThan(long.confidence);
  });

  it('chooses Russian only when it is clearly likelier than Ukrainian and Belarusian together', () => {
    const close = [
      { language: 'ru' as const, probability: 0.55 },
      { language: 'uk' as const, probability: 0.45 },
    ];
    expect(chooseLanguage(close, 3).language).toBe('uk');
    expect(chooseLanguage(close, 1).language).toBe('ru');
    expect(chooseLanguage([{ language: 'ru', probability: 0.9 }, { language: 'uk', probability: 0.1 }], 3).language).toBe('ru');
  });
});
