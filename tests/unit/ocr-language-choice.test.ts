import { describe, expect, it } from 'vitest';
import { betterReading, chooseRereading } from '../../server/ocr/ocr-language-choice';
import { tesseractLanguages } from '../../server/ocr/tesseract-pool.adapter';

const SERVED = ['lt', 'pl', 'ru', 'en'] as const;

/**
 * First readings (lit+pol+rus+eng) as the engine gives them: Ukrainian and Belarusian "і" as "i"
 * or "!", whole words in Latin look-alikes; German "ü" through the Lithuanian model as "ū", "ß"
 * as "B"; Latvian long vowels lost or turned Lithuanian ("ė").
 */
const FIRST_READINGS = {
  uk: `Вільнюська міська самоврядна адміністрація
Щодо в!дсутност! опалення Ta гарячо! води
Шановн! пан! та панове,
звертаюся до вас як мешканка багатоквартирного будинку Ha вулиц! Žirmūnų 68. Вже дев'ятий день у
нашому nin'i3qi немае гарячо! води, a радатори в квартирах ледь Tenni, хоча на вулищ! мороз. У будинку
живуть NITHI люди Ta CiM'i 3 маленькими д!тьми, i ми змушен! гри воду Ha Nauti.`,
  be: `Віленская гарадская самакіраваная адміністрацыя
Паважаныя спадары,
я жыву у раёне Пашылайчай i кожны дзень вязу сына у школу на аутобусе. 3 першага сакавка маршрут нумар
35 ходзщь тольк! раз Ha паугадз!ны, a раншн!я рэйсы часта не прыходзяць 3ycim. Дзещ! стаяць Ha прыпынку
у холад i спазняюцца на Ypoki. Акрамя Taro, Ha прыпынку Kana школы няма Hi навесу, Hi Nayki, a пешаходны
пераход побач He Mae святлафора, i машыны едуць там вельм! хутка.`,
  de: `Stadtverwaltung Vilnius
Beschwerde ūber die Mūllabfuhr in der Altstadt
Sehr geehrte Damen und Herren,
ich wohne seit drei Jahren in der Vokieciy-StraBe und wende mich an Sie, weil die Mūllabfuhr in unserem
Hof seit Wochen nicht mehr regelmaBig funktioniert. Die Container fur Restmull und Verpackungen sind
standig ūberfūllt, die Sacke liegen neben den Tonnen auf dem Boden.`,
  lv: `Vilnas pilsėtas pašvaldibas administracija
Par ielu apgaismojumu un celina remontu
Cienijamas damas un godatie kungi,
es dzivoju Verkiu mikrorajona un verśos pie jums saistiba ar ielu apgaismojumu mūsu apkartne. Jau vairak
neka mėnesi nedeg četras laternas gar gajeju celinu, kas ved no autobusa pieturas lidz mūsu majam.
Vakaros tur ir pilnigi tumśs, un celina segums ir saplaisajis.`,
};

/** Letters in the served languages, as a clean first reading gives them. */
const SERVED_READINGS = {
  ru: `Администрация самоуправления города Вильнюса
Уважаемые господа!
Прошу разобраться с отоплением в нашем доме на улице Žirmūnų 12. Уже третью неделю батареи в квартирах
едва тёплые, хотя на улице мороз! В доме живут пожилые люди и семьи с маленькими детьми. Мы несколько
раз звонили в AB „Vilniaus šilumos tinklai", но нам отвечают, что ремонт запланирован. Прошу сообщить,
когда будет восстановлено отопление и будет ли сделан перерасчёт платы.`,
  lt: `Vilniaus miesto savivaldybės administracijai
Dėl šiukšlių išvežimo
Gerbiamieji,
kreipiuosi dėl to, kad mūsų kieme jau kelias savaites neišvežamos šiukšlės. Konteineriai perpildyti,
maišai guli ant žemės, o savaitgaliais atskrenda varnos. Prašau informuoti, kas atsakingas už išvežimą ir
ar galima pastatyti papildomą konteinerį. Mano kaimynas Thomas Müller iš Vokietijos sako, kad pas juos taip nebūna.`,
  pl: `Administracja Samorządu Miasta Wilna
Szanowni Państwo,
zwracam się z prośbą o naprawę oświetlenia ulicznego przy ulicy Verkių. Od ponad miesiąca nie świecą
cztery latarnie przy chodniku prowadzącym od przystanku autobusowego do naszych domów. Wieczorem jest
tam zupełnie ciemno i kilku sąsiadów już się przewróciło. Proszę o sprawdzenie latarni i informację, kiedy
zostanie naprawiony chodnik.`,
  en: `Vilnius City Municipality Administration
Dear Sir or Madam,
I am writing about the street lighting in our neighbourhood. For more than a month four lamps along the
footpath from the bus stop to our houses have not been working. In the evening it is completely dark there,
and several neighbours have already fallen. I would ask you to check the lamps and tell me when the path
will be repaired. Yours faithfully, Graham Holt`,
};

describe('choosing a second reading by the first', () => {
  it.each(Object.entries(FIRST_READINGS))('a %s letter read with the served models is read again with its own, Lithuanian and English', (language, text) => {
    expect(chooseRereading(text, SERVED)).toEqual({ language, languages: [language, 'lt', 'en'] });
  });

  it.each(Object.entries(SERVED_READINGS))('a %s letter is read once', (_language, text) => {
    expect(chooseRereading(text, SERVED)).toBeNull();
  });

  it('a Russian letter with a Latin "i" in a word or two, or exclamation marks, stays Russian', () => {
    const slips = SERVED_READINGS.ru.replace('Прошу разобраться', 'Пpoшу paзoбpaться!').replace('маленькими', 'маленькiми');
    expect(chooseRereading(slips, SERVED)).toBeNull();
  });

  it('a Ukrainian letter is Ukrainian, not Belarusian, and the other way round', () => {
    expect(chooseRereading(FIRST_READINGS.uk, SERVED)?.language).toBe('uk');
    expect(chooseRereading(FIRST_READINGS.be, SERVED)?.language).toBe('be');
  });

  it('says nothing on a page with too few words', () => {
    expect(chooseRereading('Sehr geehrte Damen und Herren, ich bitte Sie um Hilfe.', SERVED)).toBeNull();
    expect(chooseRereading('', SERVED)).toBeNull();
  });

  it('does not read again in a language the first reading already had', () => {
    expect(chooseRereading(FIRST_READINGS.de, ['de', 'lt'])).toBeNull();
    expect(chooseRereading(FIRST_READINGS.uk, ['uk', 'lt'])).toBeNull();
  });

  it('reads correctly written letters of those languages as themselves too', () => {
    const uk = 'Прошу повідомити, які документи необхідно подати для отримання повторного свідоцтва, чи можна подати заяву електронною поштою, скільки коштує ця послуга та скільки часу триває її розгляд. Також прошу підтвердити, чи може документ отримати моя дружина.';
    const de = 'Ich bitte Sie, die Qualität des Trinkwassers in unserem Haus prüfen zu lassen, den Zähler kontrollieren zu lassen und mir schriftlich zu antworten, ob die Rechnung korrigiert wird. Mit freundlichen Grüßen';
    expect(chooseRereading(uk, SERVED)?.language).toBe('uk');
    expect(chooseRereading(de, SERVED)?.language).toBe('de');
  });
});

describe('keeping the better reading', () => {
  it('keeps the reading the engine is surer of, the first on a tie', () => {
    const first = { text: 'first', confidence: 88 };
    const second = { text: 'second', confidence: 95 };
    expect(betterReading(first, second)).toBe(second);
    expect(betterReading(second, first)).toBe(second);
    expect(betterReading(first, { text: 'tie', confidence: 88 })).toBe(first);
  });
});

describe('tesseract models of the other languages', () => {
  it.each([
    [['uk', 'lt'], 'ukr+lit'],
    [['be', 'lt'], 'bel+lit'],
    [['de', 'lt'], 'deu+lit'],
    [['lv', 'lt'], 'lav+lit'],
  ] as const)('%j → %s', (languages, models) => {
    expect(tesseractLanguages(languages)).toBe(models);
  });
});
