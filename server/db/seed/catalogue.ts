import type { Lang } from '../../languages.js';

/**
 * The service catalogue: the topics each department handles, as residents see them in the
 * "topic" drop-down, in every served language.
 *
 * The keywords double as seed vocabulary for the department classifier, so they are written
 * the way residents actually write: inflected forms (Lithuanian, Polish and Russian decline
 * nouns, so "skaitiklis" appears as "skaitiklio", "skaitiklį" ...), colloquial words, and the
 * spellings people type without diacritics ("pazyma", "zaswiadczenie") or with "е" for "ё".
 * Russian lists end with a few transliterations ("schetchik", "vyvoz musora"), because some
 * residents type Russian in Latin letters.
 * Words every petition contains ("prašymas", "wniosek", "заявление", "request") are left out
 * on purpose: they carry no signal about the department.
 *
 * All keywords are lower-case, so compare them with lower-cased petition text.
 */
export interface ServiceText {
  name: string;
  description: string;
  keywords: string[];
}

export interface ServiceSeed {
  /** A department id from departments.ts. */
  department: string;
  /** Stable, unique across the catalogue. */
  slug: string;
  texts: Record<Lang, ServiceText>;
}

export const SERVICE_CATALOGUE: readonly ServiceSeed[] = [
  // ─── water: UAB „Vilniaus vandenys“ ─────────────────────────────────────────────
  {
    department: 'water',
    slug: 'water-contract',
    texts: {
      lt: {
        name: 'Vandens tiekimo sutartis',
        description:
          'Geriamojo vandens tiekimo ir nuotekų tvarkymo sutarties sudarymas, perrašymas naujam savininkui ar nuomininkui ir nutraukimas.',
        keywords: [
          'vandens tiekimo sutartis', 'vandens sutartis', 'vandens sutarties', 'sutarties perrašymas',
          'perrašyti sutartį', 'perrasyti sutarti', 'nuotekų tvarkymo sutartis', 'nuoteku tvarkymo sutartis',
          'abonentas', 'abonento', 'abonento numeris', 'vartotojo kodas', 'vilniaus vandenys',
          'vilniaus vandenų', 'vilniaus vandenu', 'geriamojo vandens tiekimas',
        ],
      },
      pl: {
        name: 'Umowa na dostawę wody',
        description:
          'Zawarcie, zmiana lub rozwiązanie umowy na dostawę wody pitnej i odprowadzanie ścieków, także przepisanie jej na nowego właściciela lub najemcę.',
        keywords: [
          'umowa na dostawę wody', 'umowa na dostawe wody', 'umowy na wodę', 'umowy na wode',
          'przepisanie umowy na wodę', 'przepisać umowę', 'przepisac umowe', 'odprowadzanie ścieków',
          'odprowadzanie sciekow', 'abonent', 'numer abonenta', 'kod odbiorcy', 'wodociągi', 'wodociagi',
          'vilniaus vandenys', 'wileńskie wodociągi',
        ],
      },
      ru: {
        name: 'Договор на водоснабжение',
        description:
          'Заключение, изменение или расторжение договора на поставку питьевой воды и отвод сточных вод, переоформление договора на нового владельца или арендатора.',
        keywords: [
          'договор на водоснабжение', 'договор водоснабжения', 'договора на воду', 'переоформить договор на воду',
          'переоформление договора', 'расторжение договора на воду', 'водоканал', 'водоканала', 'абонент',
          'номер абонента', 'код потребителя', 'vilniaus vandenys', 'вильнюсские воды', 'водоотведение',
          'dogovor na vodu', 'vodokanal',
        ],
      },
      en: {
        name: 'Water supply contract',
        description:
          'Signing, changing or ending the drinking water and sewage contract, including transferring it to a new owner or tenant.',
        keywords: [
          'water contract', 'water supply contract', 'water supply agreement', 'transfer the water contract',
          'change of account holder', 'water account', 'customer number', 'water utility', 'water company',
          'vilniaus vandenys', 'sewerage contract', 'wastewater contract', 'terminate the water contract',
          'new owner water',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-meters',
    texts: {
      lt: {
        name: 'Vandens skaitikliai',
        description:
          'Vandens skaitiklio įrengimas, keitimas, metrologinė patikra ir plombavimas; vizito laiko suderinimas ar perkėlimas.',
        keywords: [
          'skaitiklis', 'skaitiklio', 'skaitiklį', 'skaitikli', 'vandens skaitiklis', 'vandens skaitiklio',
          'skaitiklio keitimas', 'skaitiklio pakeitimas', 'skaitiklių keitimas', 'skaitiklio patikra',
          'metrologinė patikra', 'metrologine patikra', 'plomba', 'plombos', 'šalto vandens skaitiklis',
          'salto vandens skaitiklis', 'sugedęs skaitiklis',
        ],
      },
      pl: {
        name: 'Wodomierze',
        description:
          'Montaż, wymiana, legalizacja i plombowanie wodomierza; ustalenie lub przełożenie terminu wizyty montera.',
        keywords: [
          'licznik', 'licznika', 'liczniki', 'wodomierz', 'wodomierza', 'licznik wody', 'licznika wody',
          'wymiana licznika', 'wymiana wodomierza', 'legalizacja wodomierza', 'plomba', 'plomby',
          'montaż licznika', 'montaz licznika', 'licznik zimnej wody', 'zepsuty licznik',
        ],
      },
      ru: {
        name: 'Счётчики воды',
        description:
          'Установка, замена, поверка и опломбирование счётчика воды; согласование или перенос времени визита мастера.',
        keywords: [
          'счётчик', 'счетчик', 'счётчика', 'счетчика', 'водомер', 'водомера', 'счётчик воды', 'счетчик воды',
          'замена счётчика', 'замена счетчика', 'поверка счётчика', 'поверка счетчика', 'пломба',
          'опломбировать', 'установка счетчика', 'счетчик холодной воды', 'сломался счетчик',
          'schetchik', 'schetchika', 'vodomer',
        ],
      },
      en: {
        name: 'Water meters',
        description:
          'Installing, replacing, verifying and sealing a water meter; booking or moving the technician’s visit.',
        keywords: [
          'meter', 'water meter', 'meter replacement', 'replace the meter', 'meter installation',
          'install a meter', 'meter verification', 'meter calibration', 'meter seal', 'cold water meter',
          'faulty meter', 'broken meter', 'meter appointment', 'meter technician',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-meter-readings',
    texts: {
      lt: {
        name: 'Skaitiklių rodmenų deklaravimas',
        description:
          'Vandens skaitiklio rodmenų pateikimas, klaidingai deklaruotų rodmenų taisymas ir suvartoto vandens kiekio patikslinimas.',
        keywords: [
          'rodmenys', 'rodmenis', 'rodmenų', 'rodmenu', 'deklaruoti rodmenis', 'rodmenų deklaravimas',
          'rodmenu deklaravimas', 'kubiniai metrai', 'kubinių metrų', 'kubai', 'm3', 'suvartoto vandens',
          'vandens suvartojimas', 'klaidingi rodmenys', 'neteisingi rodmenys', 'savitarnos svetainė',
        ],
      },
      pl: {
        name: 'Przekazywanie odczytów wodomierza',
        description:
          'Podawanie stanu wodomierza, poprawianie błędnie podanych odczytów i wyjaśnianie naliczonego zużycia wody.',
        keywords: [
          'odczyt', 'odczyty', 'odczytu', 'odczytów', 'odczytow', 'podać odczyt', 'podac odczyt',
          'stan licznika', 'stan wodomierza', 'metry sześcienne', 'metry szescienne', 'kubiki', 'm3',
          'zużycie wody', 'zuzycie wody', 'błędny odczyt', 'bledny odczyt',
        ],
      },
      ru: {
        name: 'Передача показаний счётчика воды',
        description:
          'Передача показаний счётчика воды, исправление ошибочно поданных показаний и уточнение объёма потреблённой воды.',
        keywords: [
          'показания', 'показаний', 'показание', 'передать показания', 'передача показаний',
          'декларировать показания', 'кубометры', 'кубометров', 'кубы', 'м3', 'расход воды',
          'потребление воды', 'ошибочные показания', 'неверные показания', 'самообслуживание',
          'pokazanija', 'pokazaniya',
        ],
      },
      en: {
        name: 'Submitting meter readings',
        description:
          'Submitting water meter readings, correcting a reading entered by mistake and checking the billed consumption.',
        keywords: [
          'meter reading', 'meter readings', 'submit readings', 'declare readings', 'readings of the water meter', 'cubic metres',
          'cubic meters', 'm3', 'water consumption', 'water usage', 'wrong reading', 'incorrect reading',
          'self-service portal', 'estimated reading',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-bills',
    texts: {
      lt: {
        name: 'Sąskaitos už vandenį',
        description:
          'Mokesčio už vandenį ir nuotekas paskaičiavimas, permokos grąžinimas, skolos ir jų išdėstymas dalimis.',
        keywords: [
          'sąskaita už vandenį', 'saskaita uz vandeni', 'sąskaitos už vandenį', 'mokestis už vandenį',
          'mokestis uz vandeni', 'už vandenį', 'uz vandeni', 'vandens kaina', 'permoka už vandenį',
          'skola už vandenį', 'skola uz vandeni', 'skolos išdėstymas', 'skolos isdestymas',
          'nuotekų mokestis', 'abonentinis mokestis', 'vandens tarifas',
        ],
      },
      pl: {
        name: 'Rachunki za wodę',
        description:
          'Naliczanie opłat za wodę i ścieki, zwrot nadpłaty, zaległości i rozłożenie długu na raty.',
        keywords: [
          'rachunek za wodę', 'rachunek za wode', 'rachunki za wodę', 'faktura za wodę', 'faktura za wode',
          'opłata za wodę', 'oplata za wode', 'za wodę', 'za wode', 'nadpłata za wodę', 'zaległość za wodę',
          'zaleglosc za wode', 'rozłożenie długu na raty', 'rozlozenie dlugu na raty', 'opłata za ścieki',
          'oplata za scieki', 'opłata abonamentowa',
        ],
      },
      ru: {
        name: 'Счета за воду',
        description:
          'Начисление платы за воду и канализацию, возврат переплаты, задолженность и рассрочка долга.',
        keywords: [
          'счёт за воду', 'счет за воду', 'счета за воду', 'оплата за воду', 'плата за воду', 'за воду',
          'переплата за воду', 'долг за воду', 'задолженность за воду', 'рассрочка долга',
          'перерасчёт за воду', 'перерасчет за воду', 'плата за канализацию', 'абонентская плата',
          'тариф на воду',
          'schet za vodu', 'oplata za vodu',
        ],
      },
      en: {
        name: 'Water bills',
        description:
          'How water and sewage charges are calculated, refunds of overpayments, arrears and paying a debt in instalments.',
        keywords: [
          'water bill', 'water bills', 'water invoice', 'water charges', 'paying for water', 'water overpayment',
          'water debt', 'water arrears', 'instalment plan', 'installment plan', 'water tariff', 'sewage charge',
          'sewerage charge', 'subscription fee', 'billing error',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-leaks-accidents',
    texts: {
      lt: {
        name: 'Vandentiekio avarijos ir nutekėjimai',
        description:
          'Vandentiekio vamzdžių trūkiai, vandens nutekėjimai gatvėje ar name, netikėtas vandens tiekimo nutraukimas, atviri šuliniai.',
        keywords: [
          'vandens avarija', 'avarija vandentiekyje', 'vandentiekio avarija', 'vamzdžio trūkis', 'vamzdzio trukis', 'trūko vamzdis',
          'truko vamzdis', 'bėga vanduo', 'bega vanduo', 'teka vanduo', 'nėra vandens', 'nera vandens',
          'dingo vanduo', 'atjungė vandenį', 'atjunge vandeni', 'šulinys', 'sulinys', 'hidrantas',
        ],
      },
      pl: {
        name: 'Awarie wodociągu i wycieki',
        description:
          'Pęknięcia rur wodociągowych, wycieki wody na ulicy lub w budynku, nagłe przerwy w dostawie wody, otwarte studzienki.',
        keywords: [
          'awaria wodociągu', 'awaria wodociagu', 'awaria wody', 'pęknięta rura', 'peknieta rura', 'pękła rura',
          'pekla rura', 'wyciek wody', 'cieknie woda', 'leci woda', 'nie ma wody', 'brak wody',
          'wyłączyli wodę', 'wylaczyli wode', 'zalało', 'zalalo', 'studzienka', 'hydrant',
        ],
      },
      ru: {
        name: 'Аварии водопровода и утечки',
        description:
          'Прорывы водопроводных труб, утечки воды на улице или в доме, внезапное отключение воды, открытые колодцы.',
        keywords: [
          'авария на водопроводе', 'авария водопровода', 'прорыв трубы', 'прорвало трубу', 'лопнула труба', 'утечка воды',
          'течёт вода', 'течет вода', 'нет воды', 'отключили воду', 'отключение воды', 'затопило',
          'колодец', 'открытый люк', 'гидрант', 'водопровод',
          'net vody', 'prorvalo trubu',
        ],
      },
      en: {
        name: 'Water main bursts and leaks',
        description:
          'Burst water pipes, water leaking in the street or a building, sudden interruptions of the water supply, open manholes.',
        keywords: [
          'burst pipe', 'burst main', 'water main', 'water leak', 'leaking pipe', 'leak in the street',
          'no water', 'water cut off', 'water outage', 'water shut off', 'flooded', 'manhole', 'hydrant',
          'water supply interruption', 'emergency repair',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-pressure-quality',
    texts: {
      lt: {
        name: 'Vandens slėgis ir kokybė',
        description:
          'Silpnas vandens slėgis, drumstas, rudas ar kvapą turintis vanduo, vandens kietumas ir geriamojo vandens tyrimai.',
        keywords: [
          'vandens slėgis', 'vandens slegis', 'silpnas slėgis', 'mažas slėgis', 'mazas slegis',
          'vandens kokybė', 'vandens kokybe', 'rudas vanduo', 'drumstas vanduo', 'vanduo su rūdimis',
          'vanduo su rudimis', 'kietas vanduo', 'vandens kietumas', 'kalkės', 'kalkes', 'geležis vandenyje',
          'chloro kvapas', 'geriamasis vanduo',
        ],
      },
      pl: {
        name: 'Ciśnienie i jakość wody',
        description:
          'Słabe ciśnienie wody, mętna, brązowa lub nieprzyjemnie pachnąca woda, twardość wody i badania wody pitnej.',
        keywords: [
          'ciśnienie wody', 'cisnienie wody', 'słabe ciśnienie', 'slabe cisnienie', 'niskie ciśnienie',
          'jakość wody', 'jakosc wody', 'brązowa woda', 'brazowa woda', 'mętna woda', 'metna woda',
          'rdzawa woda', 'twarda woda', 'twardość wody', 'kamień w czajniku', 'żelazo w wodzie',
          'zapach chloru', 'woda pitna',
        ],
      },
      ru: {
        name: 'Давление и качество воды',
        description:
          'Слабый напор воды, мутная, ржавая или пахнущая вода, жёсткость воды и анализы питьевой воды.',
        keywords: [
          'давление воды', 'слабый напор', 'напор воды', 'низкое давление', 'качество воды', 'ржавая вода',
          'мутная вода', 'коричневая вода', 'жёсткая вода', 'жесткая вода', 'жёсткость воды', 'жесткость воды',
          'накипь', 'железо в воде', 'запах хлора', 'питьевая вода',
          'davlenie vody', 'rzhavaja voda',
        ],
      },
      en: {
        name: 'Water pressure and quality',
        description:
          'Low water pressure, cloudy, brown or smelly water, water hardness and drinking water tests.',
        keywords: [
          'water pressure', 'low pressure', 'weak pressure', 'water quality', 'brown water', 'rusty water',
          'cloudy water', 'discoloured water', 'discolored water', 'hard water', 'water hardness', 'limescale',
          'iron in the water', 'chlorine smell', 'drinking water', 'tap water',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-new-connection',
    texts: {
      lt: {
        name: 'Prisijungimas prie vandentiekio ir nuotekų tinklų',
        description:
          'Naujo ar esamo pastato prijungimas prie centralizuotų vandentiekio ir nuotekų tinklų, prisijungimo sąlygos ir įvado įrengimas.',
        keywords: [
          'prisijungimas prie vandentiekio', 'prijungti prie vandentiekio', 'prisijungimo sąlygos',
          'prisijungimo salygos', 'techninės sąlygos', 'technines salygos', 'vandentiekio įvadas',
          'vandentiekio ivadas', 'centralizuotas vandentiekis', 'gręžinys', 'grezinys', 'vandentiekio tinklai',
          'nuotekų tinklai', 'nuoteku tinklai', 'vandentiekio linija', 'individualus namas',
        ],
      },
      pl: {
        name: 'Przyłączenie do sieci wodociągowej i kanalizacyjnej',
        description:
          'Przyłączenie nowego lub istniejącego budynku do miejskiej sieci wodociągowej i kanalizacyjnej, warunki przyłączenia i budowa przyłącza.',
        keywords: [
          'przyłącze wodociągowe', 'przylacze wodociagowe', 'przyłączenie do wodociągu',
          'przylaczenie do wodociagu', 'podłączenie do kanalizacji', 'podlaczenie do kanalizacji',
          'warunki techniczne', 'warunki przyłączenia', 'warunki przylaczenia', 'sieć wodociągowa',
          'siec wodociagowa', 'dom jednorodzinny', 'studnia', 'kanalizacja miejska', 'przyłącze',
        ],
      },
      ru: {
        name: 'Подключение к водопроводу и канализации',
        description:
          'Подключение нового или существующего здания к городскому водопроводу и канализации, технические условия и устройство ввода.',
        keywords: [
          'подключение к водопроводу', 'подключиться к водопроводу', 'подключение к канализации',
          'технические условия', 'техусловия', 'условия подключения', 'водопроводный ввод',
          'центральный водопровод', 'водопроводная сеть', 'канализационная сеть', 'скважина', 'частный дом',
          'врезка', 'врезка в водопровод',
          'podkljuchenie k vodoprovodu', 'podklyuchenie k vodoprovodu',
        ],
      },
      en: {
        name: 'New water and sewer connection',
        description:
          'Connecting a new or existing building to the city water and sewer network, connection conditions and building the service pipe.',
        keywords: [
          'new connection', 'water connection', 'sewer connection', 'connect to the water mains',
          'connect to the sewer', 'connection conditions', 'technical conditions', 'service pipe', 'mains water',
          'private house', 'detached house', 'borehole', 'well water', 'municipal sewer',
        ],
      },
    },
  },
  {
    department: 'water',
    slug: 'water-sewage',
    texts: {
      lt: {
        name: 'Nuotekos ir kanalizacija',
        description:
          'Užsikimšusi kanalizacija, nuotekų išsiliejimas rūsyje ar kieme, kanalizacijos kvapas ir išvežamųjų nuotekų tvarkymas.',
        keywords: [
          'kanalizacija', 'kanalizacijos', 'užsikimšusi kanalizacija', 'uzsikimsusi kanalizacija',
          'kanalizacijos užsikimšimas', 'nuotekos', 'nuotekų', 'nuoteku', 'kanalizacijos kvapas',
          'smirdi kanalizacija', 'išsiliejo nuotekos', 'issiliejo nuotekos', 'nuotekos rūsyje',
          'kanalizacijos šulinys', 'asenizacija', 'išvežamosios nuotekos', 'nuotekų duobė',
        ],
      },
      pl: {
        name: 'Ścieki i kanalizacja',
        description:
          'Zapchana kanalizacja, ścieki wylewające się w piwnicy lub na podwórku, smród z kanalizacji i wywóz nieczystości płynnych.',
        keywords: [
          'kanalizacja', 'kanalizacji', 'zatkana kanalizacja', 'zapchana kanalizacja', 'zator kanalizacji',
          'ścieki', 'scieki', 'ścieków', 'sciekow', 'smród z kanalizacji', 'smrod z kanalizacji', 'cofka',
          'ścieki w piwnicy', 'studzienka kanalizacyjna', 'szambo', 'wywóz nieczystości', 'wywoz nieczystosci',
        ],
      },
      ru: {
        name: 'Сточные воды и канализация',
        description:
          'Засор канализации, стоки в подвале или во дворе, запах канализации и вывоз сточных вод из выгребных ям.',
        keywords: [
          'канализация', 'канализации', 'засор канализации', 'забилась канализация', 'засорилась канализация',
          'сточные воды', 'стоки', 'запах канализации', 'воняет канализацией', 'стоки в подвале',
          'канализационный колодец', 'выгребная яма', 'септик', 'откачка', 'ассенизация',
          'kanalizacija', 'kanalizatsiya',
        ],
      },
      en: {
        name: 'Sewage and drains',
        description:
          'Blocked sewers, sewage overflowing in a basement or yard, sewer smells and emptying of cesspits.',
        keywords: [
          'sewage', 'sewer', 'sewerage', 'blocked sewer', 'blocked drain', 'clogged drain', 'sewage smell',
          'sewage in the basement', 'sewage backflow', 'overflowing manhole', 'septic tank', 'cesspit',
          'wastewater', 'foul smell from drains',
        ],
      },
    },
  },
  // ─── heating: AB „Vilniaus šilumos tinklai“ ─────────────────────────────────────
  {
    department: 'heating',
    slug: 'heating-contract',
    texts: {
      lt: {
        name: 'Šilumos tiekimo sutartis',
        description:
          'Šilumos ir karšto vandens tiekimo sutarties sudarymas, perrašymas pasikeitus buto savininkui ir nutraukimas išsikraustant.',
        keywords: [
          'šilumos tiekimo sutartis', 'silumos tiekimo sutartis', 'šilumos sutartis', 'šildymo sutartis',
          'sildymo sutartis', 'karšto vandens tiekimo sutartis', 'karsto vandens sutartis', 'šilumos vartotojas',
          'silumos vartotojas', 'mokėtojo kodas', 'moketojo kodas', 'vilniaus šilumos tinklai',
          'vilniaus silumos tinklai', 'šilumos tinklai', 'silumos tinklai', 'šilumos tiekėjas',
        ],
      },
      pl: {
        name: 'Umowa na dostawę ciepła',
        description:
          'Zawarcie umowy na dostawę ciepła i ciepłej wody, przepisanie jej po zmianie właściciela mieszkania i rozwiązanie przy wyprowadzce.',
        keywords: [
          'umowa na ciepło', 'umowa na cieplo', 'umowa na ogrzewanie', 'umowa na dostawę ciepła',
          'umowa na dostawe ciepla', 'umowa na ciepłą wodę', 'umowa na ciepla wode', 'odbiorca ciepła',
          'odbiorca ciepla', 'kod płatnika', 'kod platnika', 'sieci ciepłownicze', 'sieci cieplownicze',
          'vilniaus šilumos tinklai', 'vilniaus silumos tinklai', 'dostawca ciepła',
        ],
      },
      ru: {
        name: 'Договор на поставку тепла',
        description:
          'Заключение договора на поставку тепла и горячей воды, переоформление при смене владельца квартиры и расторжение при выезде.',
        keywords: [
          'договор на теплоснабжение', 'договор теплоснабжения', 'договор на отопление', 'договор на горячую воду',
          'переоформить договор на отопление', 'потребитель тепла', 'код плательщика', 'тепловые сети',
          'теплосети', 'вильнюсские тепловые сети', 'vilniaus šilumos tinklai', 'vilniaus silumos tinklai',
          'теплоснабжение', 'теплоснабжающая компания',
          'teploseti', 'dogovor na otoplenie',
        ],
      },
      en: {
        name: 'Heat supply contract',
        description:
          'Signing the heat and hot water supply contract, transferring it when the flat changes owner and ending it when moving out.',
        keywords: [
          'heating contract', 'heat supply contract', 'district heating contract', 'hot water contract',
          'heating account', 'payer code', 'heat consumer', 'heating company', 'district heating',
          'vilniaus šilumos tinklai', 'vilniaus silumos tinklai', 'heating network', 'transfer the heating account',
          'heating supplier',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-bills',
    texts: {
      lt: {
        name: 'Sąskaitos už šildymą ir karštą vandenį',
        description:
          'Mokesčio už šildymą, karštą vandenį ir gyvatuką paskaičiavimas, perskaičiavimai, permokos grąžinimas ir skolos.',
        keywords: [
          'sąskaita už šildymą', 'saskaita uz sildyma', 'mokestis už šildymą', 'mokestis uz sildyma',
          'už šildymą', 'uz sildyma', 'už šilumą', 'uz siluma', 'gyvatukas', 'gyvatuko mokestis',
          'karšto vandens kaina', 'šilumos kaina', 'silumos kaina', 'permoka už šildymą', 'skola už šildymą',
          'šildymo perskaičiavimas', 'sildymo perskaiciavimas', 'kilovatvalandės', 'kwh',
        ],
      },
      pl: {
        name: 'Rachunki za ogrzewanie i ciepłą wodę',
        description:
          'Naliczanie opłat za ogrzewanie, ciepłą wodę i cyrkulację, przeliczenia, zwrot nadpłaty i zaległości.',
        keywords: [
          'rachunek za ogrzewanie', 'rachunki za ogrzewanie', 'faktura za ogrzewanie', 'opłata za ogrzewanie',
          'oplata za ogrzewanie', 'za ogrzewanie', 'za ciepło', 'za cieplo', 'za ciepłą wodę', 'za ciepla wode',
          'nadpłata za ogrzewanie', 'nadplata za ogrzewanie', 'zwrot nadpłaty', 'zaległość za ogrzewanie',
          'przeliczenie za ogrzewanie', 'cyrkulacja ciepłej wody', 'cena ciepła', 'kwh',
        ],
      },
      ru: {
        name: 'Счета за отопление и горячую воду',
        description:
          'Начисление платы за отопление, горячую воду и полотенцесушитель, перерасчёты, возврат переплаты и задолженность.',
        keywords: [
          'счёт за отопление', 'счет за отопление', 'счета за отопление', 'плата за отопление',
          'оплата отопления', 'за отопление', 'за тепло', 'за горячую воду', 'переплата за отопление',
          'возврат переплаты', 'долг за отопление', 'задолженность за отопление', 'перерасчёт за отопление',
          'перерасчет за отопление', 'змеевик', 'полотенцесушитель', 'цена тепла', 'квт·ч',
          'schet za otoplenie', 'za otoplenie',
        ],
      },
      en: {
        name: 'Heating and hot water bills',
        description:
          'How heating, hot water and towel-rail charges are calculated, recalculations, refunds of overpayments and arrears.',
        keywords: [
          'heating bill', 'heating bills', 'heating invoice', 'heating charges', 'paying for heating',
          'hot water bill', 'hot water charge', 'heating overpayment', 'refund of overpayment', 'heating debt',
          'heating arrears', 'recalculation of heating', 'heat price', 'towel rail charge', 'circulation charge',
          'kwh',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-season',
    texts: {
      lt: {
        name: 'Šildymo sezono pradžia ir pabaiga',
        description:
          'Šildymo sezono pradžia ir pabaiga, ankstesnis šildymo įjungimas ar išjungimas daugiabučiame name gyventojų ar administratoriaus prašymu.',
        keywords: [
          'šildymo sezonas', 'sildymo sezonas', 'šildymo sezono pradžia', 'sildymo sezono pradzia',
          'šildymo sezono pabaiga', 'sildymo sezono pabaiga', 'įjungti šildymą', 'ijungti sildyma',
          'išjungti šildymą', 'isjungti sildyma', 'šildymo įjungimas', 'šildymo išjungimas', 'šalta bute',
          'salta bute', 'nešildo', 'nesildo', 'vidutinė paros temperatūra',
        ],
      },
      pl: {
        name: 'Początek i koniec sezonu grzewczego',
        description:
          'Rozpoczęcie i zakończenie sezonu grzewczego, wcześniejsze włączenie lub wyłączenie ogrzewania w bloku na wniosek mieszkańców lub zarządcy.',
        keywords: [
          'sezon grzewczy', 'sezonu grzewczego', 'początek sezonu grzewczego', 'poczatek sezonu grzewczego',
          'koniec sezonu grzewczego', 'włączyć ogrzewanie', 'wlaczyc ogrzewanie', 'wyłączyć ogrzewanie',
          'wylaczyc ogrzewanie', 'włączenie ogrzewania', 'wlaczenie ogrzewania', 'wyłączenie ogrzewania',
          'zimno w mieszkaniu', 'nie grzeje', 'nie grzeją', 'ogrzewanie',
        ],
      },
      ru: {
        name: 'Начало и окончание отопительного сезона',
        description:
          'Начало и окончание отопительного сезона, досрочное включение или отключение отопления в многоквартирном доме по просьбе жителей или администратора.',
        keywords: [
          'отопительный сезон', 'отопительного сезона', 'начало отопительного сезона',
          'окончание отопительного сезона', 'конец отопительного сезона', 'включить отопление',
          'включение отопления', 'отключить отопление', 'отключение отопления', 'выключить отопление',
          'холодно в квартире', 'не топят', 'не греет', 'отопление', 'дали тепло',
          'otoplenie', 'otopitelnyj sezon',
        ],
      },
      en: {
        name: 'Heating season start and end',
        description:
          'Start and end of the heating season, switching the heating on or off early in a block of flats at the request of residents or the building manager.',
        keywords: [
          'heating season', 'start of the heating season', 'end of the heating season', 'turn on the heating',
          'switch on the heating', 'turn off the heating', 'switch off the heating', 'heating turned on',
          'heating switched off', 'cold in the flat', 'cold apartment', 'heating not on', 'heating', 'no heating',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-radiators',
    texts: {
      lt: {
        name: 'Radiatoriai ir šildymo sistema',
        description:
          'Šalti ar nepakankamai šildantys radiatoriai, oras sistemoje, termostatiniai ventiliai, radiatorių keitimas ir šildymo sistemos balansavimas.',
        keywords: [
          'radiatorius', 'radiatoriai', 'radiatoriaus', 'radiatorių', 'radiatoriu', 'šaltas radiatorius',
          'saltas radiatorius', 'batarėja', 'batareja', 'termostatinis ventilis', 'termostatiniai ventiliai',
          'termostatas', 'oro išleidimas', 'oro isleidimas', 'šildymo stovas', 'sildymo stovas',
          'šildymo sistemos balansavimas', 'radiatoriaus keitimas',
        ],
      },
      pl: {
        name: 'Kaloryfery i instalacja grzewcza',
        description:
          'Zimne lub słabo grzejące kaloryfery, zapowietrzona instalacja, zawory termostatyczne, wymiana grzejników i regulacja instalacji grzewczej.',
        keywords: [
          'kaloryfer', 'kaloryfery', 'kaloryfera', 'kaloryferów', 'grzejnik', 'grzejniki', 'grzejnika',
          'zimny kaloryfer', 'zimne kaloryfery', 'zawór termostatyczny', 'zawor termostatyczny',
          'głowica termostatyczna', 'glowica termostatyczna', 'odpowietrzenie', 'zapowietrzony', 'pion grzewczy',
          'wymiana grzejnika',
        ],
      },
      ru: {
        name: 'Радиаторы и система отопления',
        description:
          'Холодные или плохо греющие батареи, воздух в системе, термостатические вентили, замена радиаторов и балансировка системы отопления.',
        keywords: [
          'радиатор', 'радиаторы', 'радиатора', 'батарея', 'батареи', 'батарею', 'холодная батарея',
          'холодные батареи', 'термостатический вентиль', 'терморегулятор', 'термоголовка', 'стравить воздух',
          'завоздушило', 'воздух в батарее', 'стояк отопления', 'замена радиатора', 'балансировка',
          'batarei', 'holodnye batarei',
        ],
      },
      en: {
        name: 'Radiators and heating system',
        description:
          'Cold or lukewarm radiators, air in the system, thermostatic valves, replacing radiators and balancing the heating system.',
        keywords: [
          'radiator', 'radiators', 'cold radiator', 'radiator not warm', 'radiator not heating',
          'thermostatic valve', 'thermostatic valves', 'trv', 'thermostat', 'bleed the radiator',
          'air in the radiator', 'air lock', 'heating riser', 'radiator replacement', 'balancing the heating system',
          'heating pipes',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-heat-meters',
    texts: {
      lt: {
        name: 'Šilumos apskaita ir karšto vandens skaitikliai',
        description:
          'Namo šilumos skaitiklis ir šilumos dalikliai, karšto vandens skaitiklių rodmenų deklaravimas, jų keitimas ir patikra.',
        keywords: [
          'šilumos skaitiklis', 'silumos skaitiklis', 'šilumos skaitiklio', 'šilumos apskaita', 'silumos apskaita',
          'šilumos daliklis', 'silumos daliklis', 'dalikliai', 'daliklių', 'dalikliu', 'karšto vandens skaitiklis',
          'karsto vandens skaitiklis', 'karšto vandens rodmenys', 'karsto vandens rodmenys', 'įvadinis skaitiklis',
          'ivadinis skaitiklis', 'šilumos punktas', 'silumos punktas',
        ],
      },
      pl: {
        name: 'Ciepłomierze i liczniki ciepłej wody',
        description:
          'Ciepłomierz budynku i podzielniki ciepła, podawanie odczytów liczników ciepłej wody, ich wymiana i legalizacja.',
        keywords: [
          'ciepłomierz', 'cieplomierz', 'ciepłomierza', 'licznik ciepła', 'licznik ciepla', 'podzielnik ciepła',
          'podzielnik ciepla', 'podzielniki', 'licznik ciepłej wody', 'licznik cieplej wody',
          'odczyt ciepłej wody', 'odczyt cieplej wody', 'węzeł cieplny', 'wezel cieplny',
          'legalizacja ciepłomierza', 'rozliczenie ciepła',
        ],
      },
      ru: {
        name: 'Теплосчётчики и счётчики горячей воды',
        description:
          'Общедомовой теплосчётчик и распределители тепла, передача показаний счётчиков горячей воды, их замена и поверка.',
        keywords: [
          'теплосчётчик', 'теплосчетчик', 'счётчик тепла', 'счетчик тепла', 'распределитель тепла',
          'распределители тепла', 'счётчик горячей воды', 'счетчик горячей воды', 'показания горячей воды',
          'тепловой узел', 'тепловой пункт', 'узел учёта тепла', 'узел учета тепла', 'общедомовой счётчик',
          'общедомовой счетчик', 'учёт тепла', 'учет тепла',
          'teploschetchik', 'schetchik gorjachej vody',
        ],
      },
      en: {
        name: 'Heat meters and hot water meters',
        description:
          'The building’s heat meter and heat cost allocators, submitting hot water meter readings, replacing and verifying the meters.',
        keywords: [
          'heat meter', 'heat meters', 'heat cost allocator', 'heat cost allocators', 'allocator readings',
          'hot water meter', 'hot water meter reading', 'hot water readings', 'heat substation',
          'building heat meter', 'heat metering', 'heat consumption', 'heat meter verification',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-hot-water',
    texts: {
      lt: {
        name: 'Karšto vandens temperatūra ir tiekimas',
        description:
          'Per šaltas ar svyruojančios temperatūros karštas vanduo, karšto vandens tiekimo sustabdymas dėl hidraulinių bandymų ar remonto.',
        keywords: [
          'karštas vanduo', 'karstas vanduo', 'karšto vandens', 'karsto vandens', 'karšto vandens temperatūra',
          'karsto vandens temperatura', 'drungnas vanduo', 'nėra karšto vandens', 'nera karsto vandens',
          'karšto vandens atjungimas', 'karsto vandens atjungimas', 'hidrauliniai bandymai', 'vamzdynų bandymai',
          'vamzdynu bandymai', 'karšto vandens cirkuliacija', 'vos šiltas vanduo',
        ],
      },
      pl: {
        name: 'Temperatura i dostawy ciepłej wody',
        description:
          'Za zimna lub zmieniająca temperaturę ciepła woda, przerwy w dostawie ciepłej wody z powodu prób hydraulicznych lub remontów.',
        keywords: [
          'ciepła woda', 'ciepla woda', 'ciepłej wody', 'cieplej wody', 'temperatura ciepłej wody',
          'temperatura cieplej wody', 'letnia woda', 'brak ciepłej wody', 'brak cieplej wody',
          'nie ma ciepłej wody', 'wyłączenie ciepłej wody', 'wylaczenie cieplej wody', 'próby hydrauliczne',
          'proby hydrauliczne', 'płukanie sieci', 'ledwo ciepła woda',
        ],
      },
      ru: {
        name: 'Температура и подача горячей воды',
        description:
          'Слишком холодная или скачущая по температуре горячая вода, отключение горячей воды из-за гидравлических испытаний или ремонта.',
        keywords: [
          'горячая вода', 'горячей воды', 'горячую воду', 'температура горячей воды', 'еле тёплая вода',
          'еле теплая вода', 'чуть тёплая', 'чуть теплая', 'нет горячей воды', 'отключили горячую воду',
          'отключение горячей воды', 'гидравлические испытания', 'опрессовка', 'промывка труб',
          'подача горячей воды', 'гвс',
          'gorjachaja voda', 'goryachaya voda', 'net gorjachej vody',
        ],
      },
      en: {
        name: 'Hot water temperature and supply',
        description:
          'Hot water that is too cool or keeps changing temperature, hot water outages for hydraulic testing or repairs.',
        keywords: [
          'hot water', 'hot water temperature', 'lukewarm water', 'water not hot', 'hot water too cold',
          'no hot water', 'hot water outage', 'hot water shut off', 'hydraulic testing', 'pressure tests',
          'pipe testing', 'hot water supply', 'fluctuating temperature', 'hot water circulation',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-renovation',
    texts: {
      lt: {
        name: 'Šildymas renovuojamuose namuose',
        description:
          'Šilumos punkto ir vidaus šildymo sistemos modernizavimas daugiabučio renovacijos metu, šildymo sąskaitų pokyčiai po renovacijos.',
        keywords: [
          'renovacija', 'renovacijos', 'renovuotas namas', 'renovuotame name', 'daugiabučio renovacija',
          'daugiabucio renovacija', 'modernizacija', 'modernizavimas', 'šilumos punkto keitimas',
          'silumos punkto keitimas', 'individualus šilumos punktas', 'dvivamzdė sistema', 'dvivamzde sistema',
          'vienvamzdė sistema', 'apšiltinimas', 'apsiltinimas', 'betras', 'energinis efektyvumas',
        ],
      },
      pl: {
        name: 'Ogrzewanie w budynkach po renowacji',
        description:
          'Modernizacja węzła cieplnego i instalacji grzewczej podczas renowacji bloku, zmiany w rachunkach za ogrzewanie po renowacji.',
        keywords: [
          'renowacja', 'renowacji', 'po renowacji', 'termomodernizacja', 'termomodernizacji',
          'modernizacja budynku', 'modernizacja węzła cieplnego', 'modernizacja wezla cieplnego',
          'nowy węzeł cieplny', 'instalacja dwururowa', 'instalacja jednorurowa', 'ocieplenie bloku',
          'docieplenie', 'efektywność energetyczna', 'efektywnosc energetyczna', 'blok po renowacji',
        ],
      },
      ru: {
        name: 'Отопление в реновируемых домах',
        description:
          'Модернизация теплового пункта и внутренней системы отопления при реновации многоквартирного дома, изменения в счетах за отопление после реновации.',
        keywords: [
          'реновация', 'реновации', 'после реновации', 'реновированный дом', 'модернизация дома',
          'модернизация теплового пункта', 'новый тепловой пункт', 'двухтрубная система', 'однотрубная система',
          'утепление дома', 'утепление фасада', 'энергоэффективность', 'термомодернизация', 'betras',
          'renovacija', 'renovatsiya',
        ],
      },
      en: {
        name: 'Heating in renovated buildings',
        description:
          'Modernising the heat substation and internal heating system during a block renovation, changes in heating bills after renovation.',
        keywords: [
          'renovation', 'renovated building', 'building renovation', 'block renovation', 'modernisation',
          'modernization', 'new heat substation', 'substation replacement', 'two-pipe system', 'one-pipe system',
          'insulation', 'thermal insulation', 'energy efficiency', 'betras',
        ],
      },
    },
  },
  {
    department: 'heating',
    slug: 'heating-network-works',
    texts: {
      lt: {
        name: 'Šilumos tinklų avarijos ir remonto darbai',
        description:
          'Šilumos trasų avarijos, garai ar karštas vanduo gatvėje, vamzdynų keitimo darbai ir dėl jų kilę šildymo sutrikimai.',
        keywords: [
          'šilumos trasa', 'silumos trasa', 'šilumos trasos', 'trasos remontas', 'šilumos tinklų avarija',
          'silumos tinklu avarija', 'garuoja šulinys', 'garuoja sulinys', 'garai iš šulinio',
          'karštas vanduo gatvėje', 'magistralinis vamzdynas', 'šilumos vamzdynų keitimas',
          'silumos vamzdynu keitimas', 'šildymo sutrikimas', 'sildymo sutrikimas', 'katilinė', 'katiline',
          'termofikacinė elektrinė',
        ],
      },
      pl: {
        name: 'Awarie i remonty sieci ciepłowniczej',
        description:
          'Awarie ciepłociągów, para lub gorąca woda na ulicy, wymiana rur ciepłowniczych i wynikające z niej przerwy w ogrzewaniu.',
        keywords: [
          'sieć ciepłownicza', 'siec cieplownicza', 'awaria sieci ciepłowniczej', 'awaria ciepłociągu',
          'awaria cieplociagu', 'ciepłociąg', 'cieplociag', 'para ze studzienki', 'paruje studzienka',
          'gorąca woda na ulicy', 'goraca woda na ulicy', 'wymiana rur ciepłowniczych', 'magistrala ciepłownicza',
          'kotłownia', 'kotlownia', 'elektrociepłownia', 'elektrocieplownia',
        ],
      },
      ru: {
        name: 'Аварии и ремонт тепловых сетей',
        description:
          'Аварии на теплотрассах, пар или горячая вода на улице, замена труб теплосети и вызванные этим перебои с отоплением.',
        keywords: [
          'теплотрасса', 'теплотрассы', 'авария на теплотрассе', 'прорыв теплотрассы', 'пар из люка',
          'парит люк', 'горячая вода на улице', 'замена труб теплотрассы', 'ремонт теплотрассы',
          'магистральный трубопровод', 'котельная', 'котельной', 'тэц', 'теплоцентраль', 'перебои с отоплением',
          'teplotrassa', 'avarija na teplotrasse',
        ],
      },
      en: {
        name: 'Heating network faults and works',
        description:
          'Accidents on heating mains, steam or hot water in the street, replacement of heating pipes and the heating interruptions they cause.',
        keywords: [
          'heating main', 'heating pipeline', 'district heating pipe', 'heating network accident',
          'steam from manhole', 'steaming manhole', 'hot water in the street', 'heating pipe replacement',
          'heating network repairs', 'trunk pipeline', 'boiler house', 'chp plant', 'combined heat and power',
          'heating disruption',
        ],
      },
    },
  },
  // ─── transport: SĮ „Susisiekimo paslaugos“ ──────────────────────────────────────
  {
    department: 'transport',
    slug: 'transport-resident-card',
    texts: {
      lt: {
        name: 'Vilniečio kortelė',
        description:
          'Vilniečio kortelės užsakymas, pametimas ir pakeitimas, važiavimo lengvatų (senjorų, moksleivių, studentų, neįgaliųjų) priskyrimas.',
        keywords: [
          'vilniečio kortelė', 'vilniecio kortele', 'vilniečio kortelės', 'vilniecio korteles', 'vilniečio kortelę',
          'kortelės užsakymas', 'korteles uzsakymas', 'pamečiau kortelę', 'pameciau kortele',
          'kortelės pakeitimas', 'važiavimo lengvata', 'vaziavimo lengvata', 'nuolaida važiavimui',
          'nuolaida vaziavimui', 'senjoro lengvata', 'moksleivio kortelė', 'studento kortelė',
        ],
      },
      pl: {
        name: 'Karta mieszkańca Wilna (Vilniečio kortelė)',
        description:
          'Zamówienie, zgubienie i wymiana karty mieszkańca Wilna, przyznanie ulg na przejazdy (dla seniorów, uczniów, studentów, osób z niepełnosprawnością).',
        keywords: [
          'karta mieszkańca', 'karta mieszkanca', 'karty mieszkańca', 'karty mieszkanca', 'vilniečio kortelė',
          'vilniecio kortele', 'karta wilnianina', 'karta miejska', 'zgubiłem kartę', 'zgubilem karte',
          'zgubiłam kartę', 'wyrobienie karty', 'duplikat karty', 'ulga na przejazdy', 'zniżka na przejazdy',
          'znizka na przejazdy', 'legitymacja ucznia',
        ],
      },
      ru: {
        name: 'Карта вильнюсца (Vilniečio kortelė)',
        description:
          'Заказ, утеря и замена карты вильнюсца, оформление льгот на проезд (для пенсионеров, школьников, студентов, людей с инвалидностью).',
        keywords: [
          'карта вильнюсца', 'карты вильнюсца', 'карту вильнюсца', 'vilniečio kortelė', 'vilniecio kortele',
          'проездная карта', 'транспортная карта', 'потерял карту', 'потеряла карту', 'дубликат карты',
          'заказать карту', 'льгота на проезд', 'скидка на проезд', 'льготный проезд', 'пенсионерская скидка',
          'студенческая скидка',
          'karta vilnjusca', 'karta vilnyustsa',
        ],
      },
      en: {
        name: 'Vilnius resident card (Vilniečio kortelė)',
        description:
          'Ordering, losing and replacing the Vilnius resident card, and getting fare discounts (seniors, pupils, students, people with disabilities).',
        keywords: [
          'resident card', 'vilnius resident card', 'vilniečio kortelė', 'vilniecio kortele', 'travel card',
          'transport card', 'lost my card', 'replacement card', 'order a card', 'fare discount', 'concession',
          'concessionary fare', 'senior discount', 'student discount', 'pupil card',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-card-top-up',
    texts: {
      lt: {
        name: 'Kortelės papildymas ir mokėjimai',
        description:
          'Vilniečio kortelės papildymas, neįskaityti ar du kartus nuskaičiuoti pinigai, pinigų grąžinimas už nepanaudotus bilietus.',
        keywords: [
          'kortelės papildymas', 'korteles papildymas', 'papildyti kortelę', 'papildyti kortele',
          'papildžiau kortelę', 'papildziau kortele', 'neįskaitė pinigų', 'neiskaite pinigu',
          'nuskaičiavo du kartus', 'nuskaiciavo du kartus', 'dvigubas nuskaičiavimas', 'kortelės balansas',
          'likutis kortelėje', 'pinigų grąžinimas už bilietą', 'pinigu grazinimas', 'papildymo taškas', 'narvesen',
        ],
      },
      pl: {
        name: 'Doładowanie karty i płatności',
        description:
          'Doładowanie karty mieszkańca, pieniądze, które nie wpłynęły lub zostały pobrane dwukrotnie, zwrot pieniędzy za niewykorzystane bilety.',
        keywords: [
          'doładowanie', 'doladowanie', 'doładowanie karty', 'doladowanie karty', 'doładować kartę',
          'doladowac karte', 'doładowałem', 'doladowalem', 'pieniądze nie wpłynęły', 'pieniadze nie wplynely',
          'pobrano dwa razy', 'podwójne obciążenie', 'podwojne obciazenie', 'saldo karty',
          'zwrot pieniędzy za bilet', 'zwrot pieniedzy za bilet', 'punkt doładowań',
        ],
      },
      ru: {
        name: 'Пополнение карты и платежи',
        description:
          'Пополнение карты вильнюсца, незачисленные или дважды списанные деньги, возврат денег за неиспользованные билеты.',
        keywords: [
          'пополнение', 'пополнение карты', 'пополнить карту', 'пополнил карту', 'пополнила карту',
          'деньги не зачислились', 'не зачислили', 'списали дважды', 'двойное списание', 'баланс карты',
          'остаток на карте', 'возврат денег за билет', 'вернуть деньги за проездной', 'точка пополнения',
          'narvesen',
          'popolnenie karty', 'popolnit kartu',
        ],
      },
      en: {
        name: 'Card top-ups and payments',
        description:
          'Topping up the resident card, money that was not credited or was charged twice, refunds for unused tickets.',
        keywords: [
          'top-up', 'top up', 'topped up', 'card top-up', 'top up my card', 'money not credited',
          'top-up not showing', 'charged twice', 'double charge', 'card balance', 'remaining balance',
          'refund for the ticket', 'refund for the pass', 'top-up point', 'narvesen',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-e-tickets',
    texts: {
      lt: {
        name: 'Elektroniniai bilietai',
        description:
          'Elektroniniai bilietai ir abonementai (30 min., 60 min., paros, mėnesio), bilietų pirkimas programėlėje, jų aktyvavimas ir galiojimas.',
        keywords: [
          'e. bilietas', 'e bilietas', 'elektroninis bilietas', 'bilietas', 'bilieto', 'bilietą', 'bilieta',
          'bilietų', 'abonementas', 'mėnesinis bilietas', 'menesinis bilietas', 'bilietas programėlėje',
          'bilietas programeleje', 'trafi', 'judu', 'bilieto galiojimas', 'bilieto aktyvavimas', 'validatorius',
        ],
      },
      pl: {
        name: 'Bilety elektroniczne',
        description:
          'Bilety elektroniczne i okresowe (30-, 60-minutowe, dobowe, miesięczne), kupowanie biletów w aplikacji, ich aktywacja i ważność.',
        keywords: [
          'bilet', 'biletu', 'bilety', 'e-bilet', 'bilet elektroniczny', 'bilet miesięczny', 'bilet miesieczny',
          'bilet 30-minutowy', 'bilet dobowy', 'bilet w aplikacji', 'trafi', 'judu', 'kasownik',
          'skasować bilet', 'skasowac bilet', 'aktywacja biletu', 'ważność biletu', 'waznosc biletu',
        ],
      },
      ru: {
        name: 'Электронные билеты',
        description:
          'Электронные и проездные билеты (на 30, 60 минут, сутки, месяц), покупка билетов в приложении, их активация и срок действия.',
        keywords: [
          'билет', 'билета', 'билеты', 'электронный билет', 'е-билет', 'проездной', 'проездного',
          'месячный проездной', 'билет на 30 минут', 'суточный билет', 'билет в приложении', 'trafi', 'judu',
          'валидатор', 'прокомпостировать', 'активировать билет', 'срок действия билета',
          'bilet', 'proezdnoj',
        ],
      },
      en: {
        name: 'E-tickets',
        description:
          'Electronic tickets and passes (30 and 60 minutes, day, month), buying tickets in the app, activating them and how long they are valid.',
        keywords: [
          'ticket', 'tickets', 'e-ticket', 'electronic ticket', 'monthly pass', 'monthly ticket',
          '30-minute ticket', 'day ticket', 'ticket app', 'mobile ticket', 'trafi', 'judu', 'validator',
          'validate the ticket', 'activate the ticket', 'ticket validity', 'bus fare',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-ticket-inspection-fines',
    texts: {
      lt: {
        name: 'Bilietų kontrolė ir baudos',
        description:
          'Bilietų kontrolierių surašyti protokolai, baudos už važiavimą be bilieto, jų apskundimas ir kontrolierių elgesys.',
        keywords: [
          'kontrolierius', 'kontrolieriai', 'kontrolieriaus', 'kontrolierių', 'kontrolieriu', 'bilietų kontrolė',
          'bilietu kontrole', 'bauda', 'baudą', 'bauda už važiavimą be bilieto', 'be bilieto', 'keleivių kontrolė',
          'administracinis nusižengimas', 'administracinis nusizengimas', 'baudos apskundimas', 'zuikis',
          'važiavau be bilieto', 'vaziavau be bilieto',
        ],
      },
      pl: {
        name: 'Kontrola biletów i mandaty',
        description:
          'Protokoły sporządzone przez kontrolerów, kary za jazdę bez biletu, odwołania od nich i zachowanie kontrolerów.',
        keywords: [
          'kontroler', 'kontrolerzy', 'kontrolera', 'kontrola biletów', 'kontrola biletow', 'mandat', 'mandatu',
          'kara za jazdę bez biletu', 'kara za jazde bez biletu', 'bez biletu', 'opłata dodatkowa',
          'oplata dodatkowa', 'odwołanie od mandatu', 'odwolanie od mandatu', 'gapowicz', 'jazda na gapę',
          'jazda na gape',
        ],
      },
      ru: {
        name: 'Контроль билетов и штрафы',
        description:
          'Протоколы, составленные контролёрами, штрафы за безбилетный проезд, их обжалование и поведение контролёров.',
        keywords: [
          'контролёр', 'контролер', 'контролёры', 'контролеры', 'контролёра', 'контролера', 'проверка билетов',
          'штраф', 'штрафа', 'штраф за безбилетный проезд', 'безбилетный проезд', 'без билета', 'зайцем',
          'обжаловать штраф', 'обжалование штрафа', 'протокол контролёра',
          'kontroler', 'shtraf',
        ],
      },
      en: {
        name: 'Ticket inspection and fines',
        description:
          'Reports written by ticket inspectors, fines for travelling without a ticket, appealing them and the inspectors’ conduct.',
        keywords: [
          'ticket inspector', 'ticket inspectors', 'inspector', 'ticket inspection', 'a fine', 'fined',
          'penalty fare', 'travelling without a ticket', 'traveling without a ticket', 'no valid ticket',
          'fare dodging', 'appeal the fine', 'contest the fine', 'inspection report', 'controller',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-routes-schedules',
    texts: {
      lt: {
        name: 'Maršrutai, tvarkaraščiai ir vairuotojai',
        description:
          'Autobusų ir troleibusų maršrutai, tvarkaraščiai, vėlavimai, perpildyti autobusai, stotelės ir vairuotojų elgesys.',
        keywords: [
          'autobusas', 'autobuso', 'autobusai', 'autobusų', 'autobusu', 'troleibusas', 'troleibuso',
          'troleibusai', 'maršrutas', 'marsrutas', 'maršruto', 'tvarkaraštis', 'tvarkarastis', 'tvarkaraščio',
          'stotelė', 'stotele', 'stotelės', 'vairuotojas', 'viešasis transportas', 'viesasis transportas',
        ],
      },
      pl: {
        name: 'Trasy, rozkłady jazdy i kierowcy',
        description:
          'Trasy autobusów i trolejbusów, rozkłady jazdy, opóźnienia, przepełnione autobusy, przystanki i zachowanie kierowców.',
        keywords: [
          'autobus', 'autobusu', 'autobusy', 'autobusów', 'autobusow', 'trolejbus', 'trolejbusu', 'trolejbusy',
          'linia autobusowa', 'trasa autobusu', 'rozkład jazdy', 'rozklad jazdy', 'przystanek', 'przystanku',
          'kierowca autobusu', 'komunikacja miejska', 'transport publiczny', 'autobus nocny',
        ],
      },
      ru: {
        name: 'Маршруты, расписание и водители',
        description:
          'Маршруты автобусов и троллейбусов, расписание, опоздания, переполненные автобусы, остановки и поведение водителей.',
        keywords: [
          'автобус', 'автобуса', 'автобусы', 'автобусов', 'троллейбус', 'троллейбуса', 'троллейбусы', 'маршрут',
          'маршрута', 'расписание', 'расписания', 'остановка', 'остановки', 'водитель автобуса',
          'переполненный автобус', 'общественный транспорт', 'ночной автобус',
          'avtobus', 'raspisanie',
        ],
      },
      en: {
        name: 'Routes, timetables and drivers',
        description:
          'Bus and trolleybus routes, timetables, delays, overcrowded buses, stops and drivers’ behaviour.',
        keywords: [
          'the bus', 'buses', 'trolleybus', 'trolleybuses', 'bus route', 'route', 'timetable', 'bus schedule', 'bus stop',
          'bus driver', 'bus was late', 'overcrowded bus', 'public transport', 'night bus', 'bus frequency',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-parking-zones',
    texts: {
      lt: {
        name: 'Mokamos automobilių stovėjimo zonos',
        description:
          'Mokamos stovėjimo zonos (mėlyna, raudona, geltona, žalia), stovėjimo apmokėjimas ir rinkliavos, baudos už nesumokėtą stovėjimą.',
        keywords: [
          'automobilių stovėjimas', 'automobiliu stovejimas', 'parkavimas', 'parkavimo', 'parkavimo zona',
          'mokama zona', 'mokamos zonos', 'mėlyna zona', 'melyna zona', 'raudona zona', 'geltona zona',
          'žalia zona', 'zalia zona', 'stovėjimo rinkliava', 'stovejimo rinkliava', 'bauda už parkavimą',
          'bauda uz parkavima', 'parkomatas', 'm.parking',
        ],
      },
      pl: {
        name: 'Płatne strefy parkowania',
        description:
          'Strefy płatnego parkowania (niebieska, czerwona, żółta, zielona), opłacanie postoju, opłaty i kary za nieopłacone parkowanie.',
        keywords: [
          'parkowanie', 'parkowania', 'strefa parkowania', 'płatne parkowanie', 'platne parkowanie',
          'strefa płatnego parkowania', 'niebieska strefa', 'czerwona strefa', 'żółta strefa', 'zolta strefa',
          'zielona strefa', 'opłata za parkowanie', 'oplata za parkowanie', 'kara za parkowanie', 'parkomat',
          'parkometr', 'm.parking', 'miejsce parkingowe',
        ],
      },
      ru: {
        name: 'Платные зоны стоянки',
        description:
          'Платные зоны стоянки (синяя, красная, жёлтая, зелёная), оплата парковки, сборы и штрафы за неоплаченную стоянку.',
        keywords: [
          'парковка', 'парковки', 'парковку', 'платная парковка', 'зона парковки', 'платная зона', 'синяя зона',
          'красная зона', 'жёлтая зона', 'желтая зона', 'зелёная зона', 'зеленая зона', 'штраф за парковку',
          'оплата парковки', 'паркомат', 'm.parking', 'парковочное место', 'стоянка',
          'parkovka', 'shtraf za parkovku',
        ],
      },
      en: {
        name: 'Paid parking zones',
        description:
          'Paid parking zones (blue, red, yellow, green), paying for parking, parking charges and fines for unpaid parking.',
        keywords: [
          'parking', 'paid parking', 'parking zone', 'parking zones', 'blue zone', 'red zone', 'yellow zone',
          'green zone', 'parking fee', 'parking charge', 'parking fine', 'parking ticket', 'parking meter',
          'pay-and-display', 'm.parking', 'parking space',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-resident-parking-permits',
    texts: {
      lt: {
        name: 'Gyventojų leidimai statyti automobilį',
        description:
          'Leidimai gyventojams statyti automobilį mokamoje zonoje prie namų: išdavimas, pratęsimas ir automobilio numerio keitimas.',
        keywords: [
          'gyventojo leidimas', 'gyventojų leidimas', 'gyventoju leidimas', 'leidimas statyti automobilį',
          'leidimas statyti automobili', 'parkavimo leidimas', 'stovėjimo leidimas', 'stovejimo leidimas',
          'leidimo pratęsimas', 'leidimo pratesimas', 'valstybinis numeris', 'automobilio numeris',
          'leidimas senamiestyje', 'parkavimo abonementas', 'antras automobilis', 'parkuotis prie namų',
        ],
      },
      pl: {
        name: 'Zezwolenia na parkowanie dla mieszkańców',
        description:
          'Zezwolenia dla mieszkańców na parkowanie w strefie płatnej przy domu: wydanie, przedłużenie i zmiana numeru rejestracyjnego.',
        keywords: [
          'zezwolenie na parkowanie', 'zezwolenia na parkowanie', 'pozwolenie na parkowanie',
          'abonament parkingowy', 'karta parkingowa mieszkańca', 'karta parkingowa mieszkanca',
          'parkowanie dla mieszkańców', 'parkowanie dla mieszkancow', 'przedłużenie zezwolenia',
          'przedluzenie zezwolenia', 'numer rejestracyjny', 'tablica rejestracyjna', 'parkowanie przy domu',
          'parkowanie na starówce', 'drugi samochód', 'drugi samochod',
        ],
      },
      ru: {
        name: 'Разрешения на стоянку для жителей',
        description:
          'Разрешения для жителей на стоянку в платной зоне у дома: выдача, продление и смена номера автомобиля.',
        keywords: [
          'разрешение на парковку', 'разрешения на парковку', 'разрешение жителя', 'парковочное разрешение',
          'абонемент на парковку', 'парковка для жителей', 'продлить разрешение', 'продление разрешения',
          'номер машины', 'госномер', 'номерной знак', 'парковка у дома', 'парковка в старом городе',
          'вторая машина', 'льготная парковка',
          'razreshenie na parkovku', 'parkovka u doma',
        ],
      },
      en: {
        name: 'Resident parking permits',
        description:
          'Permits for residents to park in the paid zone near their home: issuing, renewing and changing the car’s number plate.',
        keywords: [
          'resident parking permit', 'parking permit', 'residents permit', "resident's permit", 'permit renewal',
          'renew my permit', 'parking subscription', 'number plate', 'licence plate', 'license plate',
          'registration number', 'park near my home', 'old town parking', 'second car', 'permit holder',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-traffic-lights-signs',
    texts: {
      lt: {
        name: 'Šviesoforai, kelio ženklai ir eismo organizavimas',
        description:
          'Sugedę šviesoforai, nuversti ar neaiškūs kelio ženklai, pėsčiųjų perėjos, greičio mažinimo kalneliai ir eismo tvarkos pakeitimai.',
        keywords: [
          'šviesoforas', 'sviesoforas', 'šviesoforo', 'sviesoforo', 'šviesoforai', 'neveikia šviesoforas',
          'kelio ženklas', 'kelio zenklas', 'kelio ženklai', 'kelio ženklą', 'pėsčiųjų perėja', 'pesciuju pereja',
          'perėja', 'greičio kalnelis', 'greicio kalnelis', 'greičio mažinimo kalnelis', 'kelio ženklinimas',
          'eismo organizavimas', 'žalia šviesa',
        ],
      },
      pl: {
        name: 'Sygnalizacja świetlna, znaki i organizacja ruchu',
        description:
          'Zepsuta sygnalizacja świetlna, przewrócone lub nieczytelne znaki drogowe, przejścia dla pieszych, progi zwalniające i zmiany organizacji ruchu.',
        keywords: [
          'sygnalizacja świetlna', 'sygnalizacja swietlna', 'sygnalizacji', 'światła na skrzyżowaniu',
          'nie działają światła', 'nie dzialaja swiatla', 'znak drogowy', 'znaki drogowe', 'znaku drogowego',
          'przejście dla pieszych', 'przejscie dla pieszych', 'próg zwalniający', 'prog zwalniajacy',
          'oznakowanie poziome', 'organizacja ruchu', 'zielone światło', 'zielone swiatlo',
        ],
      },
      ru: {
        name: 'Светофоры, дорожные знаки и организация движения',
        description:
          'Неисправные светофоры, сбитые или непонятные дорожные знаки, пешеходные переходы, лежачие полицейские и изменение организации движения.',
        keywords: [
          'светофор', 'светофора', 'светофоры', 'не работает светофор', 'дорожный знак', 'дорожные знаки',
          'дорожного знака', 'пешеходный переход', 'переход через дорогу', 'лежачий полицейский', 'искусственная неровность',
          'дорожная разметка', 'разметка', 'организация движения', 'зелёный свет', 'зеленый свет',
          'svetofor', 'dorozhnyj znak',
        ],
      },
      en: {
        name: 'Traffic lights, signs and traffic management',
        description:
          'Broken traffic lights, knocked-down or confusing road signs, pedestrian crossings, speed bumps and changes to traffic management.',
        keywords: [
          'traffic light', 'traffic lights', 'traffic signal', 'broken traffic light', 'road sign', 'road signs',
          'sign knocked down', 'pedestrian crossing', 'zebra crossing', 'crosswalk', 'speed bump', 'speed hump',
          'road markings', 'traffic management', 'green light', 'pedestrian light',
        ],
      },
    },
  },
  {
    department: 'transport',
    slug: 'transport-accessibility',
    texts: {
      lt: {
        name: 'Viešojo transporto prieinamumas',
        description:
          'Žemagrindžiai autobusai ir rampos, važiavimas su neįgaliojo ar vaikišku vežimėliu, stotelių pritaikymas ir garsiniai pranešimai.',
        keywords: [
          'prieinamumas', 'neįgaliojo vežimėlis', 'neigaliojo vezimelis', 'vežimėlis', 'vezimelis', 'rampa',
          'nuleidžiama rampa', 'žemagrindis autobusas', 'zemagrindis autobusas', 'vaikiškas vežimėlis',
          'garsiniai pranešimai', 'garsiniai pranesimai', 'stotelių skelbimas', 'aklieji', 'silpnaregiai',
          'pritaikyta stotelė', 'aukštas bortelis stotelėje',
        ],
      },
      pl: {
        name: 'Dostępność komunikacji miejskiej',
        description:
          'Autobusy niskopodłogowe i rampy, przejazd z wózkiem inwalidzkim lub dziecięcym, dostosowanie przystanków i komunikaty głosowe.',
        keywords: [
          'dostępność', 'dostepnosc', 'wózek inwalidzki', 'wozek inwalidzki', 'wózek dziecięcy', 'wozek dzieciecy',
          'rampa', 'rampa w autobusie', 'autobus niskopodłogowy', 'autobus niskopodlogowy', 'komunikaty głosowe',
          'komunikaty glosowe', 'zapowiedzi przystanków', 'niewidomi', 'słabowidzący', 'slabowidzacy',
          'wysoki krawężnik na przystanku',
        ],
      },
      ru: {
        name: 'Доступность общественного транспорта',
        description:
          'Низкопольные автобусы и пандусы, проезд с инвалидной или детской коляской, приспособление остановок и голосовые объявления.',
        keywords: [
          'доступность транспорта', 'инвалидная коляска', 'инвалидной коляске', 'детская коляска', 'пандус',
          'пандуса', 'аппарель', 'низкопольный автобус', 'голосовые объявления', 'объявление остановок',
          'незрячие', 'слабовидящие', 'маломобильные', 'доступная остановка', 'высокий бордюр на остановке',
          'invalidnaja koljaska', 'pandus',
        ],
      },
      en: {
        name: 'Public transport accessibility',
        description:
          'Low-floor buses and ramps, travelling with a wheelchair or pushchair, accessible stops and audio announcements.',
        keywords: [
          'accessibility', 'wheelchair', 'wheelchair user', 'pushchair', 'stroller', 'pram', 'ramp', 'bus ramp',
          'low-floor bus', 'audio announcements', 'stop announcements', 'blind passengers', 'visually impaired',
          'reduced mobility', 'accessible bus stop',
        ],
      },
    },
  },
  // ─── waste: SĮ „Vilniaus atliekų sistemos administratorius“ (VASA) ─────────────
  {
    department: 'waste',
    slug: 'waste-collection-schedule',
    texts: {
      lt: {
        name: 'Atliekų išvežimo grafikai',
        description:
          'Mišrių komunalinių, pakuočių ir kitų atliekų išvežimo grafikai, jų pasikeitimai per šventes ir kaip sužinoti savo išvežimo dieną.',
        keywords: [
          'išvežimo grafikas', 'isvezimo grafikas', 'atliekų išvežimo grafikas', 'atlieku isvezimo grafikas',
          'šiukšlių išvežimas', 'siuksliu isvezimas', 'šiukšlės', 'siuksles', 'šiukšliavežė', 'siuksliaveze',
          'kada išveža šiukšles', 'išvežimo diena', 'isvezimo diena', 'atliekų vežėjas', 'atlieku vezejas',
          'ecoservice', 'vasa', 'švenčių grafikas',
        ],
      },
      pl: {
        name: 'Harmonogram wywozu odpadów',
        description:
          'Harmonogramy wywozu odpadów zmieszanych, opakowań i innych, ich zmiany w święta oraz jak sprawdzić swój dzień wywozu.',
        keywords: [
          'harmonogram wywozu', 'harmonogram wywozu śmieci', 'harmonogram wywozu smieci', 'wywóz śmieci',
          'wywoz smieci', 'wywóz odpadów', 'wywoz odpadow', 'śmieci', 'smieci', 'śmieciarka', 'smieciarka',
          'dzień wywozu', 'dzien wywozu', 'kiedy wywożą śmieci', 'przewoźnik odpadów', 'ecoservice', 'vasa',
        ],
      },
      ru: {
        name: 'График вывоза отходов',
        description:
          'Графики вывоза смешанных отходов, упаковки и других отходов, их изменения в праздники и как узнать свой день вывоза.',
        keywords: [
          'график вывоза', 'график вывоза мусора', 'вывоз мусора', 'вывоз отходов', 'мусор', 'мусора',
          'мусоровоз', 'мусоровоза', 'день вывоза', 'когда вывозят мусор', 'перевозчик отходов', 'ecoservice',
          'vasa', 'праздничный график вывоза', 'вывоз в праздники',
          'vyvoz musora', 'grafik vyvoza',
        ],
      },
      en: {
        name: 'Waste collection schedules',
        description:
          'Collection schedules for mixed waste, packaging and other waste, changes on public holidays and how to find your collection day.',
        keywords: [
          'collection schedule', 'waste collection schedule', 'bin collection', 'rubbish collection',
          'garbage collection', 'trash pickup', 'rubbish', 'garbage', 'bin lorry', 'garbage truck',
          'collection day', 'waste carrier', 'ecoservice', 'vasa', 'holiday collection',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-missed-collection',
    texts: {
      lt: {
        name: 'Neišvežtos atliekos',
        description:
          'Praleistas atliekų išvežimas, neištuštinti ar perpildyti konteineriai, po išvežimo išbarstytos šiukšlės.',
        keywords: [
          'neišvežė', 'neisveze', 'neišvežtos šiukšlės', 'neisveztos siuksles', 'neišvežtos atliekos',
          'neisveztos atliekos', 'neištuštino konteinerio', 'neistustino konteinerio', 'perpildytas konteineris',
          'perpildyti konteineriai', 'šiukšlės aplink konteinerį', 'siuksles aplink konteineri',
          'praleido išvežimą', 'nepaėmė šiukšlių', 'nepaeme siuksliu', 'išbarstė šiukšles', 'atliekų aikštelė',
        ],
      },
      pl: {
        name: 'Nieodebrane odpady',
        description:
          'Pominięty wywóz, nieopróżnione lub przepełnione kontenery, śmieci rozsypane podczas odbioru.',
        keywords: [
          'nie wywieźli', 'nie wywiezli', 'nie wywieziono śmieci', 'nie wywieziono smieci', 'nieodebrane śmieci',
          'nieodebrane smieci', 'nieodebrane odpady', 'przepełniony kontener', 'przepelniony kontener',
          'przepełnione kontenery', 'śmieci wokół kontenera', 'smieci wokol kontenera', 'nie opróżnili',
          'nie oproznili', 'rozsypane śmieci', 'altana śmietnikowa',
        ],
      },
      ru: {
        name: 'Невывезенные отходы',
        description:
          'Пропущенный вывоз, неопорожнённые или переполненные контейнеры, мусор, рассыпанный при вывозе.',
        keywords: [
          'не вывезли', 'не вывезли мусор', 'мусор не вывозят', 'невывезенный мусор', 'переполненный контейнер',
          'переполнены контейнеры', 'мусор вокруг контейнера', 'не опорожнили', 'пропустили вывоз',
          'рассыпали мусор', 'воняет мусор', 'мусорная площадка', 'контейнерная площадка', 'гора мусора',
          'ne vyvezli', 'ne vyvezli musor',
        ],
      },
      en: {
        name: 'Missed collection',
        description:
          'A missed collection, containers not emptied or overflowing, rubbish spilled during collection.',
        keywords: [
          'missed collection', 'bins not emptied', 'bin not emptied', 'rubbish not collected',
          'garbage not collected', 'waste not collected', 'overflowing bin', 'overflowing container',
          'rubbish around the container', 'litter around the bins', 'skipped our street', 'spilled rubbish',
          'smelly bins', 'container site',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-containers',
    texts: {
      lt: {
        name: 'Konteineriai: nauji, sugedę, papildomi',
        description:
          'Konteinerio išdavimas naujam namui ar papildomo užsakymas, sulaužyti, pavogti ar sudegę konteineriai, jų keitimas ir dydis.',
        keywords: [
          'konteineris', 'konteinerio', 'konteinerį', 'konteineri', 'konteineriai', 'konteinerių', 'konteineriu',
          'naujas konteineris', 'sulaužytas konteineris', 'sulauzytas konteineris', 'konteinerio dangtis',
          'konteinerio ratukai', 'pavogė konteinerį', 'sudegė konteineris', 'konteinerio keitimas',
          'šiukšliadėžė', 'siuksliadeze', 'individualus konteineris',
        ],
      },
      pl: {
        name: 'Kontenery: nowe, uszkodzone, dodatkowe',
        description:
          'Wydanie kontenera dla nowego domu lub zamówienie dodatkowego, połamane, skradzione lub spalone kontenery, ich wymiana i pojemność.',
        keywords: [
          'kontener', 'kontenera', 'kontenery', 'kontenerów', 'kontenerow', 'pojemnik na śmieci',
          'pojemnik na smieci', 'kosz na śmieci', 'kosz na smieci', 'nowy kontener', 'zepsuty kontener',
          'uszkodzony kontener', 'pokrywa kontenera', 'kółka kontenera', 'kolka kontenera', 'skradziony kontener',
          'spalony kontener', 'wymiana kontenera',
        ],
      },
      ru: {
        name: 'Контейнеры: новые, сломанные, дополнительные',
        description:
          'Выдача контейнера для нового дома или заказ дополнительного, сломанные, украденные или сгоревшие контейнеры, их замена и объём.',
        keywords: [
          'контейнер', 'контейнера', 'контейнеры', 'контейнеров', 'мусорный бак', 'бак для мусора',
          'мусорный контейнер', 'новый контейнер', 'сломанный контейнер', 'крышка контейнера',
          'колёса контейнера', 'колеса контейнера', 'украли контейнер', 'сгорел контейнер', 'замена контейнера',
          'индивидуальный контейнер',
          'kontejner', 'musornyj bak',
        ],
      },
      en: {
        name: 'Bins and containers',
        description:
          'Getting a bin for a new house or an extra one, broken, stolen or burnt containers, replacing them and choosing the size.',
        keywords: [
          'the bin', 'bins', 'wheelie bin', 'container', 'containers', 'waste container', 'new bin', 'new container',
          'broken bin', 'broken container', 'bin lid', 'container lid', 'bin wheels', 'stolen bin',
          'burnt container', 'replace the bin', 'extra bin',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-sorting',
    texts: {
      lt: {
        name: 'Atliekų rūšiavimas',
        description:
          'Pakuočių, stiklo, popieriaus ir maisto atliekų rūšiavimas, rūšiavimo konteineriai ir maišai, ką į kurį konteinerį mesti.',
        keywords: [
          'rūšiavimas', 'rusiavimas', 'rūšiuoti', 'rusiuoti', 'atliekų rūšiavimas', 'atlieku rusiavimas',
          'pakuotės', 'pakuotes', 'pakuočių konteineris', 'pakuociu konteineris', 'stiklo konteineris', 'stiklas',
          'popierius', 'plastikas', 'maisto atliekos', 'maisto atliekų konteineris', 'rūšiavimo maišai',
          'rusiavimo maisai', 'varpelis',
        ],
      },
      pl: {
        name: 'Segregacja odpadów',
        description:
          'Segregacja opakowań, szkła, papieru i odpadów spożywczych, kontenery i worki do segregacji, co wrzucać do którego pojemnika.',
        keywords: [
          'segregacja', 'segregacji', 'segregować', 'segregowac', 'segregacja odpadów', 'segregacja odpadow',
          'opakowania', 'kontener na opakowania', 'kontener na szkło', 'kontener na szklo', 'szkło', 'szklo',
          'makulatura', 'plastik', 'odpady spożywcze', 'odpady spozywcze', 'bioodpady', 'worki do segregacji',
        ],
      },
      ru: {
        name: 'Сортировка отходов',
        description:
          'Сортировка упаковки, стекла, бумаги и пищевых отходов, контейнеры и мешки для сортировки, что в какой контейнер выбрасывать.',
        keywords: [
          'сортировка', 'сортировки', 'сортировать мусор', 'сортировка отходов', 'раздельный сбор', 'упаковка',
          'контейнер для упаковки', 'контейнер для стекла', 'стекло', 'бумага', 'пластик', 'пищевые отходы',
          'биоотходы', 'мешки для сортировки', 'вторсырьё', 'вторсырье', 'колокол для стекла',
          'sortirovka', 'sortirovka musora',
        ],
      },
      en: {
        name: 'Waste sorting and recycling',
        description:
          'Sorting packaging, glass, paper and food waste, recycling containers and bags, and what goes in which container.',
        keywords: [
          'sort the waste', 'waste sorting', 'recycling', 'recycle', 'packaging waste', 'packaging container',
          'glass container', 'glass', 'waste paper', 'plastic', 'food waste', 'biowaste', 'organic waste',
          'recycling bags', 'recyclables', 'bottle bank',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-fees',
    texts: {
      lt: {
        name: 'Vietinė rinkliava už atliekų tvarkymą',
        description:
          'Vietinės rinkliavos už komunalinių atliekų surinkimą ir tvarkymą paskaičiavimas, lengvatos, mokėtojo pakeitimas, permokos ir skolos.',
        keywords: [
          'vietinė rinkliava', 'vietine rinkliava', 'rinkliava', 'rinkliavos', 'rinkliavą', 'rinkliava už atliekas',
          'rinkliava uz atliekas', 'mokestis už šiukšles', 'mokestis uz siuksles', 'mokestis už atliekas',
          'rinkliavos lengvata', 'rinkliavos mokėtojas', 'rinkliavos moketojas', 'pastovioji dalis',
          'kintamoji dalis', 'rinkliavos permoka', 'atleisti nuo rinkliavos',
        ],
      },
      pl: {
        name: 'Opłata za gospodarowanie odpadami',
        description:
          'Naliczanie lokalnej opłaty za odbiór i zagospodarowanie odpadów komunalnych, ulgi, zmiana płatnika, nadpłaty i zaległości.',
        keywords: [
          'opłata za śmieci', 'oplata za smieci', 'opłata za wywóz śmieci', 'oplata za wywoz smieci',
          'opłata śmieciowa', 'oplata smieciowa', 'opłata lokalna', 'oplata lokalna', 'rinkliava',
          'podatek od śmieci', 'podatek od smieci', 'płatnik opłaty', 'platnik oplaty', 'ulga w opłacie za śmieci',
          'nadpłata za śmieci', 'zaległość za śmieci', 'część stała', 'część zmienna',
        ],
      },
      ru: {
        name: 'Местный сбор за вывоз отходов',
        description:
          'Начисление местного сбора за сбор и обработку коммунальных отходов, льготы, смена плательщика, переплаты и долги.',
        keywords: [
          'местный сбор', 'сбор за мусор', 'сбор за вывоз мусора', 'плата за мусор', 'оплата за мусор',
          'налог на мусор', 'rinkliava', 'счёт за мусор', 'счет за мусор', 'плательщик сбора', 'льгота по сбору',
          'освобождение от сбора', 'переплата за мусор', 'долг за мусор', 'постоянная часть', 'переменная часть',
          'sbor za musor', 'plata za musor',
        ],
      },
      en: {
        name: 'Waste collection fee',
        description:
          'How the local fee for collecting and treating household waste is calculated, exemptions, changing the payer, overpayments and debts.',
        keywords: [
          'waste fee', 'rubbish fee', 'garbage fee', 'local waste levy', 'waste levy', 'waste charge',
          'rinkliava', 'waste bill', 'fee payer', 'waste fee exemption', 'waste fee relief',
          'waste fee overpayment', 'waste fee debt', 'fixed part', 'variable part', 'bin tax',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-bulky',
    texts: {
      lt: {
        name: 'Didžiosios ir kitos specialios atliekos',
        description:
          'Senų baldų, buitinės technikos, padangų ir statybinių atliekų išvežimas, didžiųjų atliekų surinkimo aikštelės ir apvažiavimai.',
        keywords: [
          'didžiosios atliekos', 'didziosios atliekos', 'didelių gabaritų atliekos', 'dideliu gabaritu atliekos',
          'stambiagabaritės atliekos', 'stambiagabarites atliekos', 'seni baldai', 'senų baldų išvežimas',
          'senu baldu isvezimas', 'sofa', 'šaldytuvas', 'saldytuvas', 'buitinė technika', 'padangos',
          'statybinės atliekos', 'statybines atliekos', 'didžiųjų atliekų aikštelė', 'elektronikos atliekos',
        ],
      },
      pl: {
        name: 'Odpady wielkogabarytowe i specjalne',
        description:
          'Wywóz starych mebli, sprzętu AGD, opon i odpadów budowlanych, punkty zbiórki odpadów wielkogabarytowych i objazdowe zbiórki.',
        keywords: [
          'odpady wielkogabarytowe', 'wielkogabarytowe', 'gabaryty', 'stare meble', 'wywóz mebli', 'wywoz mebli',
          'kanapa', 'wersalka', 'lodówka', 'lodowka', 'sprzęt agd', 'sprzet agd', 'opony', 'gruz',
          'odpady budowlane', 'punkt zbiórki odpadów', 'punkt zbiorki odpadow', 'elektrośmieci', 'elektrosmieci',
        ],
      },
      ru: {
        name: 'Крупногабаритные и особые отходы',
        description:
          'Вывоз старой мебели, бытовой техники, шин и строительного мусора, площадки приёма крупногабаритных отходов и выездные сборы.',
        keywords: [
          'крупногабаритные отходы', 'крупногабаритный мусор', 'крупный мусор', 'старая мебель', 'вывоз мебели',
          'диван', 'холодильник', 'бытовая техника', 'старые шины', 'покрышки', 'строительный мусор',
          'строительные отходы', 'площадка для крупногабаритных отходов', 'электронные отходы', 'старый шкаф',
          'staraja mebel', 'vyvoz mebeli',
        ],
      },
      en: {
        name: 'Bulky and special waste',
        description:
          'Disposing of old furniture, household appliances, tyres and building waste, bulky waste drop-off sites and mobile collections.',
        keywords: [
          'bulky waste', 'large items', 'old furniture', 'furniture removal', 'sofa', 'mattress', 'fridge',
          'refrigerator', 'household appliances', 'tyres', 'tires', 'construction waste', 'building rubble',
          'recycling centre', 'civic amenity site', 'electronic waste', 'e-waste',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-garden',
    texts: {
      lt: {
        name: 'Žaliosios (sodo) atliekos',
        description:
          'Lapų, žolės ir šakų surinkimas iš individualių namų, žaliųjų atliekų konteineriai ir maišai, kompostavimas.',
        keywords: [
          'žaliosios atliekos', 'zaliosios atliekos', 'žaliųjų atliekų', 'zaliuju atlieku', 'sodo atliekos',
          'lapai', 'lapų', 'lapu', 'nupjauta žolė', 'nupjauta zole', 'šakos', 'sakos', 'genėjimo atliekos',
          'kompostas', 'kompostavimas', 'kompostavimo dėžė', 'biologiškai skaidžios atliekos', 'lapų maišai',
        ],
      },
      pl: {
        name: 'Odpady zielone (ogrodowe)',
        description:
          'Odbiór liści, trawy i gałęzi z domów jednorodzinnych, kontenery i worki na odpady zielone, kompostowanie.',
        keywords: [
          'odpady zielone', 'odpadów zielonych', 'odpadow zielonych', 'odpady ogrodowe', 'liście', 'liscie',
          'skoszona trawa', 'trawa', 'gałęzie', 'galezie', 'kompost', 'kompostownik', 'kompostowanie',
          'odpady biodegradowalne', 'worki na liście', 'worki na liscie', 'ogród',
        ],
      },
      ru: {
        name: 'Зелёные (садовые) отходы',
        description:
          'Вывоз листьев, травы и веток из частных домов, контейнеры и мешки для зелёных отходов, компостирование.',
        keywords: [
          'зелёные отходы', 'зеленые отходы', 'садовые отходы', 'листья', 'листьев', 'скошенная трава', 'трава',
          'ветки', 'веток', 'срезанные ветки', 'компостная куча', 'компостный ящик', 'компостирование отходов', 'биоразлагаемые отходы',
          'мешки для листьев',
          'listja', 'sadovye othody',
        ],
      },
      en: {
        name: 'Garden (green) waste',
        description:
          'Collecting leaves, grass and branches from private houses, green waste bins and bags, composting.',
        keywords: [
          'garden waste', 'green waste', 'leaves', 'fallen leaves', 'grass cuttings', 'grass clippings',
          'branches', 'tree prunings', 'hedge trimmings', 'compost', 'composter', 'composting', 'compost bin',
          'biodegradable waste', 'leaf bags', 'yard waste',
        ],
      },
    },
  },
  {
    department: 'waste',
    slug: 'waste-illegal-dumping',
    texts: {
      lt: {
        name: 'Neteisėtai išmestos atliekos',
        description:
          'Savavališkai išmestos atliekos miške, pakelėse ar prie konteinerių aikštelių, jų sutvarkymas ir pažeidėjų nustatymas.',
        keywords: [
          'nelegalus sąvartynas', 'nelegalus savartynas', 'savavališkai išmestos atliekos',
          'savavaliskai ismestos atliekos', 'išmestos šiukšlės', 'ismestos siuksles', 'šiukšlės miške',
          'siuksles miske', 'šiukšlių krūva', 'siuksliu kruva', 'šiukšlintojai', 'išmetė padangas',
          'statybinis laužas pakelėje', 'atliekų palikimas', 'užterštas sklypas', 'uzterstas sklypas',
          'šiukšlynas', 'siukslynas',
        ],
      },
      pl: {
        name: 'Nielegalne wysypiska odpadów',
        description:
          'Odpady porzucone w lesie, przy drogach lub obok altan śmietnikowych, ich uprzątnięcie i ustalenie sprawców.',
        keywords: [
          'nielegalne wysypisko', 'dzikie wysypisko', 'dzikie wysypiska', 'porzucone śmieci', 'porzucone smieci',
          'wyrzucone śmieci', 'śmieci w lesie', 'smieci w lesie', 'sterta śmieci', 'sterta smieci',
          'zaśmiecony teren', 'zasmiecony teren', 'porzucone opony', 'gruz w lesie', 'podrzucone śmieci',
          'podrzucone smieci',
        ],
      },
      ru: {
        name: 'Незаконные свалки',
        description:
          'Мусор, выброшенный в лесу, у дорог или возле контейнерных площадок, его уборка и установление нарушителей.',
        keywords: [
          'незаконная свалка', 'несанкционированная свалка', 'стихийная свалка', 'свалка', 'свалку',
          'выбросили мусор', 'мусор в лесу', 'куча мусора', 'выброшенные шины', 'строительный мусор на обочине',
          'замусоренный участок', 'подбросили мусор', 'мусорят', 'свалка у контейнеров',
          'svalka', 'vybrosili musor',
        ],
      },
      en: {
        name: 'Illegal dumping',
        description:
          'Waste dumped in the forest, by the roadside or next to container sites, cleaning it up and finding who did it.',
        keywords: [
          'illegal dumping', 'fly-tipping', 'fly tipping', 'dumped rubbish', 'dumped waste',
          'rubbish in the forest', 'pile of rubbish', 'heap of garbage', 'dumped tyres', 'rubble dumped',
          'littered plot', 'littering', 'illegal dump', 'someone dumped', 'dumping by the bins',
        ],
      },
    },
  },
  // ─── housing: SĮ „Vilniaus miesto būstas“ ───────────────────────────────────────
  {
    department: 'housing',
    slug: 'housing-social-housing-application',
    texts: {
      lt: {
        name: 'Socialinio būsto nuoma: prašymai ir eilė',
        description:
          'Prašymai išsinuomoti socialinį būstą, įrašymas į laukiančiųjų sąrašą, eilės numeris, reikalingi dokumentai ir pajamų bei turto deklaravimas.',
        keywords: [
          'socialinis būstas', 'socialinis bustas', 'socialinio būsto', 'socialinio busto', 'socialinį būstą',
          'socialini busta', 'socialinio būsto eilė', 'socialinio busto eile', 'eilė būstui', 'eilės numeris',
          'eiles numeris', 'laukiančiųjų sąrašas', 'laukianciuju sarasas', 'pajamų ir turto deklaracija',
          'pajamu ir turto deklaracija', 'socialinio būsto nuoma', 'būsto suteikimas',
        ],
      },
      pl: {
        name: 'Mieszkanie socjalne: wnioski i kolejka',
        description:
          'Wnioski o najem mieszkania socjalnego, wpisanie na listę oczekujących, miejsce w kolejce, wymagane dokumenty i deklaracja dochodów oraz majątku.',
        keywords: [
          'mieszkanie socjalne', 'mieszkania socjalnego', 'mieszkaniu socjalnym', 'lokal socjalny',
          'lokalu socjalnego', 'kolejka na mieszkanie', 'kolejka do mieszkania socjalnego', 'lista oczekujących',
          'lista oczekujacych', 'numer w kolejce', 'miejsce w kolejce', 'deklaracja majątkowa',
          'deklaracja majatkowa', 'deklaracja dochodów', 'najem socjalny', 'przydział mieszkania',
          'przydzial mieszkania',
        ],
      },
      ru: {
        name: 'Социальное жильё: заявления и очередь',
        description:
          'Заявления на аренду социального жилья, включение в список ожидающих, номер в очереди, нужные документы и декларирование доходов и имущества.',
        keywords: [
          'социальное жильё', 'социальное жилье', 'социального жилья', 'социальную квартиру',
          'социальная квартира', 'очередь на жильё', 'очередь на жилье', 'очередь на социальное жильё',
          'номер в очереди', 'место в очереди', 'список ожидающих', 'декларация доходов и имущества',
          'выделение квартиры', 'получить квартиру', 'аренда социального жилья',
          'socialnoe zhile', 'ochered na zhile',
        ],
      },
      en: {
        name: 'Social housing: applications and waiting list',
        description:
          'Applying to rent social housing, joining the waiting list, your place in the queue, required documents and the income and asset declaration.',
        keywords: [
          'social housing', 'social flat', 'council flat', 'social housing application', 'waiting list',
          'housing list', 'housing queue', 'place in the queue', 'queue number', 'income and asset declaration',
          'asset declaration', 'allocation of a flat', 'rent a social flat', 'housing allocation', 'public housing',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-rent',
    texts: {
      lt: {
        name: 'Savivaldybės būsto nuomos mokestis',
        description:
          'Savivaldybės ir socialinio būsto nuomos mokesčio paskaičiavimas, perskaičiavimas pasikeitus pajamoms, nuomos skolos ir jų išdėstymas.',
        keywords: [
          'nuomos mokestis', 'nuomos mokesčio', 'nuomos mokescio', 'nuomos mokesčio perskaičiavimas',
          'nuomos mokescio perskaiciavimas', 'nuomos skola', 'skola už nuomą', 'skola uz nuoma', 'nuomos kaina',
          'savivaldybės būsto nuoma', 'savivaldybes busto nuoma', 'nuomos sąskaita', 'nuomos saskaita',
          'nuomos įmoka', 'vilniaus miesto būstas', 'vilniaus miesto bustas',
        ],
      },
      pl: {
        name: 'Czynsz za mieszkanie komunalne',
        description:
          'Naliczanie czynszu za mieszkanie komunalne i socjalne, przeliczenie po zmianie dochodów, zaległości czynszowe i ich rozłożenie na raty.',
        keywords: [
          'czynsz', 'czynszu', 'czynsz za mieszkanie', 'opłata czynszowa', 'oplata czynszowa',
          'naliczenie czynszu', 'przeliczenie czynszu', 'obniżenie czynszu', 'obnizenie czynszu',
          'zaległy czynsz', 'zalegly czynsz', 'zadłużenie czynszowe', 'zadluzenie czynszowe',
          'mieszkanie komunalne', 'mieszkania komunalnego', 'vilniaus miesto būstas', 'vilniaus miesto bustas',
        ],
      },
      ru: {
        name: 'Квартплата за муниципальное жильё',
        description:
          'Начисление платы за наём муниципального и социального жилья, перерасчёт при изменении доходов, долги по квартплате и их рассрочка.',
        keywords: [
          'квартплата', 'квартплаты', 'арендная плата', 'плата за наём', 'плата за найм', 'перерасчёт квартплаты',
          'перерасчет квартплаты', 'снижение квартплаты', 'долг по квартплате', 'задолженность по аренде',
          'муниципальное жильё', 'муниципальное жилье', 'муниципальной квартиры', 'vilniaus miesto būstas',
          'vilniaus miesto bustas',
          'kvartplata', 'dolg po kvartplate',
        ],
      },
      en: {
        name: 'Rent for municipal housing',
        description:
          'How rent for municipal and social housing is calculated, recalculation after a change of income, rent arrears and paying them in instalments.',
        keywords: [
          'the rent', 'monthly rent', 'rent calculation', 'rent recalculation', 'rent reduction', 'rent arrears',
          'rent debt', 'rent invoice', 'municipal flat', 'municipal housing', 'municipal apartment', 'council rent',
          'vilniaus miesto būstas', 'vilniaus miesto bustas',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-tenancy-agreement',
    texts: {
      lt: {
        name: 'Nuomos sutartys ir būsto keitimas',
        description:
          'Savivaldybės būsto nuomos sutarties sudarymas, pratęsimas, perrašymas šeimos nariui, šeimos narių įrašymas ir buto keitimas į kitą.',
        keywords: [
          'nuomos sutartis', 'nuomos sutarties', 'nuomos sutarti', 'būsto nuomos sutartis', 'busto nuomos sutartis',
          'nuomos sutarties pratęsimas', 'nuomos sutarties pratesimas', 'nuomininkas', 'nuomininko',
          'įrašyti šeimos narį', 'irasyti seimos nari', 'būsto keitimas', 'busto keitimas', 'buto keitimas',
          'mažesnis butas', 'mazesnis butas', 'žemesnis aukštas', 'savivaldybės butas', 'savivaldybes butas',
        ],
      },
      pl: {
        name: 'Umowy najmu i zamiana mieszkania',
        description:
          'Zawarcie, przedłużenie i przepisanie umowy najmu mieszkania komunalnego na członka rodziny, dopisanie domowników i zamiana na inne mieszkanie.',
        keywords: [
          'umowa najmu', 'umowy najmu', 'umowę najmu', 'umowe najmu', 'przedłużenie umowy najmu',
          'przedluzenie umowy najmu', 'najemca', 'najemcy', 'dopisać członka rodziny', 'dopisac czlonka rodziny',
          'zamiana mieszkania', 'zamienić mieszkanie', 'zamienic mieszkanie', 'mniejsze mieszkanie',
          'niższe piętro', 'nizsze pietro', 'mieszkanie gminne',
        ],
      },
      ru: {
        name: 'Договоры найма и обмен квартиры',
        description:
          'Заключение, продление и переоформление договора найма муниципальной квартиры на члена семьи, включение членов семьи и обмен на другую квартиру.',
        keywords: [
          'договор найма', 'договора найма', 'договор аренды квартиры', 'продлить договор найма',
          'продление договора аренды', 'наниматель', 'квартиросъёмщик', 'квартиросъемщик', 'вписать члена семьи',
          'обмен квартиры', 'поменять квартиру', 'квартира меньше', 'нижний этаж', 'муниципальная квартира',
          'переоформить договор найма',
          'dogovor najma', 'obmen kvartiry',
        ],
      },
      en: {
        name: 'Tenancy agreements and flat exchange',
        description:
          'Signing, extending and transferring a municipal tenancy to a family member, adding household members and exchanging the flat for another.',
        keywords: [
          'tenancy agreement', 'lease agreement', 'rental agreement', 'tenancy', 'extend the tenancy',
          'renew the lease', 'tenant', 'landlord', 'add a family member', 'flat exchange', 'swap flats',
          'smaller flat', 'lower floor', 'ground floor flat', 'municipal tenancy', 'transfer the tenancy',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-repairs',
    texts: {
      lt: {
        name: 'Remontas savivaldybės butuose',
        description:
          'Savivaldybei priklausančių butų remontas: stogas, langai, santechnika, krosnys, elektros instaliacija, drėgmė ir pelėsis.',
        keywords: [
          'buto remontas', 'remontas savivaldybės bute', 'remontas savivaldybes bute', 'pelėsis', 'pelesis',
          'pelėsiai', 'drėgmė', 'dregme', 'drėgnos sienos', 'varva stogas', 'kiauras stogas', 'langų keitimas',
          'langu keitimas', 'supuvę langai', 'krosnis', 'krosnies remontas', 'elektros instaliacija',
          'vonios remontas', 'santechnika',
        ],
      },
      pl: {
        name: 'Remonty w mieszkaniach komunalnych',
        description:
          'Naprawy w mieszkaniach należących do samorządu: dach, okna, hydraulika, piece, instalacja elektryczna, wilgoć i pleśń.',
        keywords: [
          'remont mieszkania', 'remont w mieszkaniu komunalnym', 'naprawa w mieszkaniu', 'pleśń', 'plesn',
          'grzyb na ścianie', 'grzyb na scianie', 'wilgoć', 'wilgoc', 'zawilgocone ściany', 'przecieka dach',
          'wymiana okien', 'spróchniałe okna', 'piec kaflowy', 'naprawa pieca', 'instalacja elektryczna',
          'remont łazienki', 'remont lazienki',
        ],
      },
      ru: {
        name: 'Ремонт муниципальных квартир',
        description:
          'Ремонт квартир, принадлежащих самоуправлению: крыша, окна, сантехника, печи, электропроводка, сырость и плесень.',
        keywords: [
          'ремонт квартиры', 'ремонт в муниципальной квартире', 'плесень', 'грибок', 'грибок на стене', 'сырость',
          'сырые стены', 'протекает крыша', 'течёт крыша', 'течет крыша', 'замена окон', 'гнилые окна', 'печка',
          'ремонт печи', 'электропроводка', 'сантехника', 'ремонт ванной',
          'plesen', 'protekaet krysha',
        ],
      },
      en: {
        name: 'Repairs in municipal flats',
        description:
          'Repairs in flats owned by the municipality: roof, windows, plumbing, stoves, wiring, damp and mould.',
        keywords: [
          'repairs in my flat', 'repair in the flat', 'mould', 'mold', 'damp', 'damp walls', 'leaking roof', 'roof leaks',
          'window replacement', 'rotten windows', 'stove', 'tiled stove', 'stove repair', 'electrical wiring',
          'plumbing', 'bathroom repair',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-neighbours',
    texts: {
      lt: {
        name: 'Kaimynai savivaldybės namuose',
        description:
          'Triukšmaujantys, netvarkingi ar pavojingi kaimynai savivaldybės butuose, antisanitarinės sąlygos ir nuomos sutarties pažeidimai.',
        keywords: [
          'kaimynai', 'kaimynas', 'kaimynų', 'kaimynu', 'triukšmingi kaimynai', 'triuksmingi kaimynai',
          'triukšmauja', 'triuksmauja', 'girtuokliauja', 'muštynės', 'antisanitarinės sąlygos',
          'antisanitarines salygos', 'smarvė iš buto', 'smarve is buto', 'tarakonai', 'blakės', 'blakes',
          'nuomos sutarties pažeidimas', 'iškeldinimas', 'iskeldinimas',
        ],
      },
      pl: {
        name: 'Sąsiedzi w budynkach komunalnych',
        description:
          'Hałaśliwi, niechlujni lub niebezpieczni sąsiedzi w mieszkaniach komunalnych, warunki niehigieniczne i naruszenia umowy najmu.',
        keywords: [
          'sąsiedzi', 'sasiedzi', 'sąsiad', 'sasiad', 'sąsiada', 'sąsiadów', 'sasiadow', 'hałaśliwi sąsiedzi',
          'halasliwi sasiedzi', 'libacje', 'awantury', 'warunki niehigieniczne', 'smród z mieszkania',
          'smrod z mieszkania', 'karaluchy', 'pluskwy', 'eksmisja', 'naruszenie umowy najmu',
        ],
      },
      ru: {
        name: 'Соседи в муниципальных домах',
        description:
          'Шумные, неопрятные или опасные соседи в муниципальных квартирах, антисанитария и нарушения договора найма.',
        keywords: [
          'соседи', 'сосед', 'соседа', 'соседей', 'шумные соседи', 'шумят', 'пьянки', 'драки', 'антисанитария',
          'вонь из квартиры', 'запах из квартиры', 'тараканы', 'клопы', 'выселение', 'выселить',
          'нарушение договора найма',
          'sosedi', 'shumnye sosedi',
        ],
      },
      en: {
        name: 'Neighbours in municipal buildings',
        description:
          'Noisy, untidy or dangerous neighbours in municipal flats, unsanitary conditions and breaches of the tenancy agreement.',
        keywords: [
          'neighbour', 'neighbours', 'neighbor', 'neighbors', 'noisy neighbours', 'noise from next door',
          'drinking parties', 'fights', 'unsanitary conditions', 'smell from the flat', 'stench', 'cockroaches',
          'bedbugs', 'eviction', 'evict', 'breach of tenancy',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-rent-compensation',
    texts: {
      lt: {
        name: 'Būsto nuomos mokesčio kompensacija',
        description:
          'Būsto nuomos mokesčio dalies kompensacija nepasiturintiems gyventojams, nuomojantiems būstą rinkoje, ir nuomos sutarties įregistravimas.',
        keywords: [
          'nuomos kompensacija', 'būsto nuomos kompensacija', 'busto nuomos kompensacija',
          'nuomos mokesčio kompensacija', 'nuomos mokescio kompensacija', 'kompensacija už nuomą',
          'kompensacija uz nuoma', 'nuomos kompensacijos', 'nuomojamas butas', 'nuoma rinkoje',
          'nuomos sutarties registravimas', 'registrų centras', 'registru centras', 'privatus nuomotojas',
          'nuomotojas',
        ],
      },
      pl: {
        name: 'Rekompensata czynszu najmu',
        description:
          'Częściowa rekompensata czynszu dla osób o niskich dochodach wynajmujących mieszkanie na rynku oraz rejestracja umowy najmu.',
        keywords: [
          'rekompensata czynszu', 'rekompensata za najem', 'rekompensaty czynszu', 'dopłata do czynszu',
          'doplata do czynszu', 'dopłata do najmu', 'doplata do najmu', 'zwrot części czynszu',
          'zwrot czesci czynszu', 'wynajmuję mieszkanie', 'wynajmuje mieszkanie', 'najem na rynku',
          'rejestracja umowy najmu', 'centrum rejestrów', 'centrum rejestrow', 'prywatny właściciel',
          'wynajmujący',
        ],
      },
      ru: {
        name: 'Компенсация арендной платы',
        description:
          'Частичная компенсация арендной платы малоимущим жителям, снимающим жильё на рынке, и регистрация договора аренды.',
        keywords: [
          'компенсация аренды', 'компенсация арендной платы', 'компенсацию аренды', 'компенсации за аренду',
          'возмещение аренды', 'снимаю квартиру', 'съёмная квартира', 'съемная квартира', 'аренда на рынке',
          'регистрация договора аренды', 'центр регистров', 'частный арендодатель', 'арендодатель',
          'снимаем жильё', 'снимаем жилье',
          'kompensacija arendy', 'snimaju kvartiru',
        ],
      },
      en: {
        name: 'Rent compensation',
        description:
          'Partial compensation of rent for low-income residents renting on the private market, and registering the lease.',
        keywords: [
          'rent compensation', 'rent subsidy', 'housing allowance', 'rent support', 'compensation for rent',
          'renting privately', 'private rental', 'private landlord', 'renting a flat', 'register the lease',
          'registration of the tenancy agreement', 'registrų centras', 'registru centras', 'part of the rent',
          'rental market',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-privatisation',
    texts: {
      lt: {
        name: 'Savivaldybės buto pirkimas (privatizavimas)',
        description:
          'Nuomojamo savivaldybės buto pirkimas, kainos nustatymas ir turto vertinimas, reikalingi dokumentai ir pirkimo–pardavimo sutartis.',
        keywords: [
          'privatizavimas', 'privatizuoti butą', 'privatizuoti buta', 'privatizacija', 'išsipirkti butą',
          'issipirkti buta', 'buto išpirkimas', 'buto ispirkimas', 'nupirkti savivaldybės butą',
          'savivaldybės buto pardavimas', 'savivaldybes buto pardavimas', 'buto kaina', 'rinkos vertė',
          'rinkos verte', 'turto vertinimas', 'pirkimo pardavimo sutartis', 'pirkimo-pardavimo sutartis',
        ],
      },
      pl: {
        name: 'Wykup mieszkania komunalnego (prywatyzacja)',
        description:
          'Wykup wynajmowanego mieszkania komunalnego, ustalenie ceny i wycena, wymagane dokumenty i umowa kupna-sprzedaży.',
        keywords: [
          'wykup mieszkania', 'wykupić mieszkanie', 'wykupic mieszkanie', 'prywatyzacja', 'prywatyzacji',
          'sprywatyzować', 'sprywatyzowac', 'kupno mieszkania od miasta', 'sprzedaż mieszkania komunalnego',
          'sprzedaz mieszkania komunalnego', 'cena wykupu', 'wartość rynkowa', 'wartosc rynkowa',
          'wycena mieszkania', 'umowa kupna-sprzedaży', 'umowa kupna-sprzedazy',
        ],
      },
      ru: {
        name: 'Выкуп муниципальной квартиры (приватизация)',
        description:
          'Выкуп арендуемой муниципальной квартиры, определение цены и оценка, нужные документы и договор купли-продажи.',
        keywords: [
          'приватизация', 'приватизации', 'приватизировать квартиру', 'выкуп квартиры', 'выкупить квартиру',
          'купить муниципальную квартиру', 'продажа муниципальной квартиры', 'цена выкупа', 'рыночная стоимость',
          'оценка квартиры', 'договор купли-продажи', 'оформить в собственность', 'выкупная цена',
          'privatizacija', 'privatizatsiya', 'vykup kvartiry',
        ],
      },
      en: {
        name: 'Buying a municipal flat (privatisation)',
        description:
          'Buying the municipal flat you rent, setting the price and valuation, required documents and the sale and purchase agreement.',
        keywords: [
          'privatisation', 'privatization', 'privatise the flat', 'privatize the flat', 'buy the flat',
          'buy out the flat', 'purchase of a municipal flat', 'sale of a municipal flat', 'purchase price',
          'market value', 'valuation', 'sale and purchase agreement', 'right to buy', 'become the owner',
        ],
      },
    },
  },
  {
    department: 'housing',
    slug: 'housing-flat-handover',
    texts: {
      lt: {
        name: 'Buto perdavimas ir grąžinimas',
        description:
          'Savivaldybės buto priėmimas įsikeliant ir grąžinimas išsikraustant ar mirus nuomininkui, raktų perdavimas ir buto apžiūra.',
        keywords: [
          'buto perdavimas', 'buto grąžinimas', 'buto grazinimas', 'grąžinti butą', 'grazinti buta',
          'priėmimo perdavimo aktas', 'priemimo perdavimo aktas', 'raktų perdavimas', 'raktu perdavimas', 'raktai',
          'įsikraustymas', 'isikraustymas', 'išsikraustymas', 'issikraustymas', 'buto apžiūra', 'buto apziura',
          'mirus nuomininkui', 'atlaisvintas butas',
        ],
      },
      pl: {
        name: 'Przekazanie i zwrot mieszkania',
        description:
          'Odbiór mieszkania komunalnego przy wprowadzeniu się i jego zwrot przy wyprowadzce lub po śmierci najemcy, przekazanie kluczy i oględziny.',
        keywords: [
          'przekazanie mieszkania', 'zwrot mieszkania', 'oddać mieszkanie', 'oddac mieszkanie',
          'protokół zdawczo-odbiorczy', 'protokol zdawczo-odbiorczy', 'przekazanie kluczy', 'klucze', 'kluczy',
          'wprowadzenie się', 'wyprowadzka', 'wyprowadzam się', 'wyprowadzam sie', 'oględziny mieszkania',
          'ogledziny mieszkania', 'śmierć najemcy', 'smierc najemcy',
        ],
      },
      ru: {
        name: 'Передача и возврат квартиры',
        description:
          'Приём муниципальной квартиры при въезде и её возврат при выезде или после смерти нанимателя, передача ключей и осмотр квартиры.',
        keywords: [
          'передача квартиры', 'возврат квартиры', 'сдать квартиру', 'вернуть квартиру', 'акт приёма-передачи',
          'акт приема-передачи', 'передача ключей', 'ключи от квартиры', 'сдать ключи', 'въезд в квартиру', 'выезжаю из квартиры',
          'осмотр квартиры', 'смерть нанимателя', 'пустая квартира', 'освободившаяся квартира',
          'sdat kvartiru', 'peredacha kvartiry',
        ],
      },
      en: {
        name: 'Handing over and returning a flat',
        description:
          'Taking over a municipal flat when moving in and returning it when moving out or after the tenant’s death, handing over keys and inspection.',
        keywords: [
          'handover of the flat', 'hand back the flat', 'return the flat', 'handover certificate',
          'handover protocol', 'keys', 'handing over the keys', 'moving in', 'moving out', 'vacate the flat',
          'vacated flat', 'inspection of the flat', 'the tenant died', 'death of the tenant',
        ],
      },
    },
  },
  // ─── civil-registry: Civilinės metrikacijos skyrius ─────────────────────────────
  {
    department: 'civil-registry',
    slug: 'civil-registry-marriage',
    texts: {
      lt: {
        name: 'Santuokos registravimas ir datos rezervavimas',
        description:
          'Prašymas įregistruoti santuoką, santuokos datos ir laiko rezervavimas ar keitimas, reikalingi dokumentai, santuoka ne Santuokų rūmuose.',
        keywords: [
          'santuoka', 'santuokos', 'santuokos registravimas', 'santuokos registracija', 'santuokos data',
          'santuokos datos rezervavimas', 'vestuvės', 'vestuves', 'tuoktis', 'susituokti', 'sutuoktuvės',
          'sutuoktuves', 'santuokų rūmai', 'santuoku rumai', 'santuokos ceremonija', 'jaunieji', 'liudytojai',
          'bažnytinė santuoka', 'baznytine santuoka',
        ],
      },
      pl: {
        name: 'Rejestracja małżeństwa i rezerwacja terminu',
        description:
          'Zgłoszenie zawarcia małżeństwa, rezerwacja lub zmiana daty i godziny ślubu, wymagane dokumenty, ślub poza Pałacem Ślubów.',
        keywords: [
          'małżeństwo', 'malzenstwo', 'małżeństwa', 'malzenstwa', 'ślub', 'slub', 'ślubu', 'slubu',
          'rejestracja małżeństwa', 'rejestracja malzenstwa', 'termin ślubu', 'termin slubu', 'pałac ślubów',
          'palac slubow', 'ślub cywilny', 'slub cywilny', 'ceremonia ślubna', 'świadkowie', 'swiadkowie',
        ],
      },
      ru: {
        name: 'Регистрация брака и выбор даты',
        description:
          'Заявление о регистрации брака, бронирование или перенос даты и времени церемонии, нужные документы, регистрация брака вне Дворца бракосочетаний.',
        keywords: [
          'вступить в брак', 'брака', 'регистрация брака', 'зарегистрировать брак', 'свадьба', 'свадьбы', 'дата свадьбы',
          'дата регистрации брака', 'забронировать дату', 'бракосочетание', 'дворец бракосочетаний', 'жениться',
          'выйти замуж', 'расписаться', 'свидетели', 'венчание',
          'registracija braka', 'svadba',
        ],
      },
      en: {
        name: 'Marriage registration and booking a date',
        description:
          'Giving notice of marriage, booking or changing the date and time of the ceremony, documents needed, marrying outside the Wedding Palace.',
        keywords: [
          'marriage', 'marriage registration', 'register our marriage', 'wedding', 'wedding date', 'book a date',
          'wedding ceremony', 'civil ceremony', 'get married', 'getting married', 'wedding palace', 'witnesses',
          'church wedding', 'bride and groom', 'fiancé', 'fiancee',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-birth',
    texts: {
      lt: {
        name: 'Gimimo registravimas ir tėvystė',
        description:
          'Vaiko gimimo registravimas, vardo ir pavardės suteikimas vaikui, tėvystės pripažinimas.',
        keywords: [
          'gimimo registravimas', 'gimimo registracija', 'gimimas', 'gimimo įregistravimas', 'naujagimis', 'naujagimio',
          'vaiko gimimas', 'įregistruoti vaiką', 'iregistruoti vaika', 'tėvystės pripažinimas',
          'tevystes pripazinimas', 'tėvystė', 'tevyste', 'pripažinti tėvystę', 'medicininis gimimo pažymėjimas',
          'vaiko vardas', 'vaiko pavardė', 'gimė sūnus', 'gimė dukra',
        ],
      },
      pl: {
        name: 'Rejestracja urodzenia i ojcostwo',
        description:
          'Rejestracja urodzenia dziecka, nadanie dziecku imienia i nazwiska, uznanie ojcostwa.',
        keywords: [
          'rejestracja urodzenia', 'zgłoszenie urodzenia', 'zgloszenie urodzenia', 'narodziny', 'noworodek', 'noworodka',
          'zarejestrować dziecko', 'zarejestrowac dziecko', 'uznanie ojcostwa', 'ojcostwo', 'ojcostwa',
          'imię dziecka', 'imie dziecka', 'nazwisko dziecka', 'karta urodzenia', 'urodziła się córka',
          'urodził się syn', 'urodzil sie syn',
        ],
      },
      ru: {
        name: 'Регистрация рождения и отцовство',
        description:
          'Регистрация рождения ребёнка, выбор имени и фамилии ребёнка, признание отцовства.',
        keywords: [
          'регистрация рождения', 'рождение ребёнка', 'рождение ребенка', 'новорождённый', 'новорожденный', 'новорождённого',
          'зарегистрировать ребёнка', 'зарегистрировать ребенка', 'родился ребёнок', 'родился ребенок',
          'признание отцовства', 'отцовство', 'отцовства', 'имя ребёнка', 'имя ребенка', 'фамилия ребёнка',
          'медицинская справка о рождении', 'родилась дочь',
          'registracija rozhdenija', 'novorozhdennyj',
        ],
      },
      en: {
        name: 'Birth registration and paternity',
        description:
          'Registering a child’s birth, choosing the child’s name and surname, acknowledging paternity.',
        keywords: [
          'birth registration', 'register a birth', 'register the birth', 'newborn', 'new baby',
          'our baby was born', 'gave birth', 'acknowledgement of paternity', 'acknowledgment of paternity', 'paternity',
          'recognise paternity', "child's name", "child's surname", 'medical birth certificate',
          'father of the child',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-death',
    texts: {
      lt: {
        name: 'Mirties registravimas',
        description:
          'Mirties fakto įregistravimas, mirties liudijimas ir dokumentai, kurių artimiesiems reikia po asmens mirties.',
        keywords: [
          'mirties registravimas', 'mirties registracija', 'mirtis', 'mirties', 'mirė', 'mire', 'mirusysis',
          'miręs', 'mires', 'mirusio asmens', 'mirties liudijimas', 'medicininis mirties liudijimas',
          'mirties faktas', 'palaidojimas', 'velionis', 'velionio', 'artimojo mirtis',
        ],
      },
      pl: {
        name: 'Rejestracja zgonu',
        description:
          'Rejestracja zgonu, akt zgonu i dokumenty potrzebne bliskim po śmierci osoby.',
        keywords: [
          'rejestracja zgonu', 'zgon', 'zgonu', 'śmierć', 'smierc', 'zmarł', 'zmarl', 'zmarła', 'zmarla',
          'zmarłego', 'zmarlego', 'karta zgonu', 'akt zgonu', 'świadectwo zgonu', 'swiadectwo zgonu',
          'pochówek', 'pochowek',
        ],
      },
      ru: {
        name: 'Регистрация смерти',
        description:
          'Регистрация факта смерти, свидетельство о смерти и документы, которые нужны близким после смерти человека.',
        keywords: [
          'регистрация смерти', 'смерть', 'смерти', 'умер', 'умерла', 'умершего', 'умершей', 'скончался',
          'скончалась', 'свидетельство о смерти', 'справка о смерти', 'медицинское свидетельство о смерти',
          'похороны', 'покойный', 'покойного', 'кончина',
          'svidetelstvo o smerti', 'registracija smerti',
        ],
      },
      en: {
        name: 'Death registration',
        description:
          'Registering a death, the death certificate and the documents relatives need after someone dies.',
        keywords: [
          'death registration', 'register a death', 'death', 'died', 'passed away', 'deceased', 'the deceased',
          'death certificate', 'medical certificate of death', 'funeral', 'burial', 'late husband', 'late wife',
          'bereavement',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-certificates',
    texts: {
      lt: {
        name: 'Civilinės būklės aktų išrašai ir liudijimai',
        description:
          'Gimimo, santuokos, mirties ir ištuokos įrašų išrašų, liudijimų ir jų kopijų išdavimas, taip pat išrašai, skirti naudoti užsienyje.',
        keywords: [
          'išrašas', 'israsas', 'išrašo', 'israso', 'išrašą', 'israsa', 'civilinės būklės akto įrašas',
          'civilines bukles akto irasas', 'gimimo liudijimas', 'gimimo išrašas', 'gimimo israsas',
          'santuokos liudijimas', 'santuokos išrašas', 'mirties liudijimo kopija', 'liudijimo kopija',
          'liudijimo dublikatas', 'apostilė', 'apostile', 'civilinės būklės',
        ],
      },
      pl: {
        name: 'Odpisy aktów stanu cywilnego',
        description:
          'Wydawanie odpisów i zaświadczeń z aktów urodzenia, małżeństwa, zgonu i rozwodu oraz ich kopii, także odpisów do użytku za granicą.',
        keywords: [
          'odpis aktu', 'odpis zupełny', 'odpis skrócony', 'odpis aktu urodzenia', 'odpis aktu małżeństwa',
          'odpis aktu malzenstwa', 'odpis aktu zgonu', 'akt urodzenia', 'akt małżeństwa', 'akt malzenstwa',
          'akt stanu cywilnego', 'akty stanu cywilnego', 'świadectwo urodzenia', 'swiadectwo urodzenia',
          'duplikat aktu', 'apostille', 'kopia aktu',
        ],
      },
      ru: {
        name: 'Выписки и свидетельства актов гражданского состояния',
        description:
          'Выдача выписок и свидетельств из записей о рождении, браке, смерти и разводе и их копий, в том числе для использования за границей.',
        keywords: [
          'выписка', 'выписку', 'выписки', 'выписка из акта', 'акт гражданского состояния', 'запись акта',
          'свидетельство о рождении', 'свидетельство о браке', 'копия свидетельства', 'повторное свидетельство',
          'дубликат свидетельства', 'апостиль', 'загс', 'запись о рождении', 'запись о браке',
          'svidetelstvo o rozhdenii', 'vypiska iz akta',
        ],
      },
      en: {
        name: 'Civil status records and certificates',
        description:
          'Issuing extracts, certificates and copies of birth, marriage, death and divorce records, including extracts for use abroad.',
        keywords: [
          'extract', 'civil status record', 'civil status certificate', 'birth certificate', 'marriage certificate',
          'copy of the death certificate', 'certified copy', 'duplicate certificate', 'replacement certificate',
          'apostille', 'vital records', 'extract from the register', 'record of birth', 'record of marriage',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-name-change',
    texts: {
      lt: {
        name: 'Vardo ir pavardės keitimas, įrašų taisymas',
        description:
          'Vardo ar pavardės pakeitimas, pavardės rašymas originalo kalba, klaidų civilinės būklės įrašuose ištaisymas.',
        keywords: [
          'vardo keitimas', 'pavardės keitimas', 'pavardes keitimas', 'pakeisti pavardę', 'pakeisti pavarde',
          'pakeisti vardą', 'pakeisti varda', 'pavardės rašyba', 'pavardes rasyba', 'pavardė originalo kalba',
          'lotyniškos raidės', 'raidė w', 'įrašo taisymas', 'iraso taisymas', 'klaida pavardėje',
          'klaida pavardeje', 'vaiko pavardės keitimas', 'mergautinė pavardė', 'mergautine pavarde',
        ],
      },
      pl: {
        name: 'Zmiana imienia i nazwiska, sprostowanie aktów',
        description:
          'Zmiana imienia lub nazwiska, zapis nazwiska w oryginalnej pisowni, sprostowanie błędów w aktach stanu cywilnego.',
        keywords: [
          'zmiana nazwiska', 'zmiany nazwiska', 'zmienić nazwisko', 'zmienic nazwisko', 'zmiana imienia',
          'zmienić imię', 'zmienic imie', 'pisownia nazwiska', 'oryginalna pisownia', 'litera w',
          'polskie litery w nazwisku', 'sprostowanie aktu', 'błąd w nazwisku', 'blad w nazwisku', 'błąd w akcie',
          'nazwisko panieńskie', 'nazwisko panienskie',
        ],
      },
      ru: {
        name: 'Изменение имени и фамилии, исправление записей',
        description:
          'Смена имени или фамилии, написание фамилии на языке оригинала, исправление ошибок в записях актов гражданского состояния.',
        keywords: [
          'смена фамилии', 'изменение фамилии', 'сменить фамилию', 'поменять фамилию', 'смена имени',
          'изменить имя', 'написание фамилии', 'написание на языке оригинала', 'латинские буквы',
          'исправление записи', 'исправить ошибку в записи', 'ошибка в фамилии', 'ошибка в свидетельстве',
          'девичья фамилия', 'смена фамилии ребенка',
          'исправить запись', 'ошибка в имени', 'smena familii', 'ispravit zapis',
        ],
      },
      en: {
        name: 'Change of name and correction of records',
        description:
          'Changing a first name or surname, writing a surname in its original spelling, correcting mistakes in civil status records.',
        keywords: [
          'change of name', 'name change', 'change my surname', 'surname change', 'change my first name',
          'spelling of my surname', 'original spelling', 'letter w', 'latin letters', 'correction of a record',
          'mistake in the record', 'error in my surname', 'misspelled name', 'maiden name', 'deed poll',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-acts-abroad',
    texts: {
      lt: {
        name: 'Užsienyje įregistruotų aktų įtraukimas į apskaitą',
        description:
          'Užsienio valstybėje įregistruoto gimimo, santuokos, ištuokos ar mirties įtraukimas į Lietuvos civilinės būklės aktų apskaitą.',
        keywords: [
          'įtraukimas į apskaitą', 'itraukimas i apskaita', 'įtraukti į apskaitą', 'itraukti i apskaita',
          'užsienyje įregistruota', 'uzsienyje iregistruota', 'užsienio dokumentas', 'gimęs užsienyje',
          'gimes uzsienyje', 'santuoka užsienyje', 'santuoka uzsienyje', 'užsienio teismo sprendimas',
          'legalizavimas', 'legalizuotas', 'vertimas į lietuvių kalbą', 'mirė užsienyje', 'mire uzsienyje',
        ],
      },
      pl: {
        name: 'Akty stanu cywilnego sporządzone za granicą',
        description:
          'Wpisanie do litewskich rejestrów urodzenia, małżeństwa, rozwodu lub zgonu zarejestrowanego w innym państwie.',
        keywords: [
          'za granicą', 'za granica', 'akt zagraniczny', 'zagraniczny akt urodzenia', 'ślub za granicą',
          'slub za granica', 'urodzony za granicą', 'urodzony za granica', 'wpisanie do ewidencji',
          'wpisanie aktu', 'transkrypcja', 'legalizacja dokumentów', 'legalizacja dokumentow',
          'tłumaczenie przysięgłe', 'tlumaczenie przysiegle', 'zmarł za granicą',
        ],
      },
      ru: {
        name: 'Акты гражданского состояния, зарегистрированные за границей',
        description:
          'Внесение в литовский учёт рождения, брака, развода или смерти, зарегистрированных в другом государстве.',
        keywords: [
          'за границей', 'за рубежом', 'зарегистрирован за границей', 'брак за границей',
          'брак заключён за границей', 'брак заключен за границей', 'родился за границей',
          'иностранное свидетельство', 'внести в учёт', 'внести в учет', 'легализация', 'легализация документов',
          'нотариальный перевод', 'перевод на литовский язык', 'умер за границей',
          'za granicej', 'brak za granicej',
        ],
      },
      en: {
        name: 'Civil acts registered abroad',
        description:
          'Entering a birth, marriage, divorce or death registered in another country into the Lithuanian civil records.',
        keywords: [
          'registered abroad', 'born abroad', 'married abroad', 'marriage abroad', 'died abroad',
          'foreign certificate', 'foreign birth certificate', 'foreign marriage certificate',
          'lithuanian civil records', 'recognition of a foreign document', 'legalisation', 'legalization',
          'certified translation', 'translated into lithuanian', 'foreign court decision',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-divorce',
    texts: {
      lt: {
        name: 'Ištuokos registravimas',
        description:
          'Santuokos nutraukimo įregistravimas pagal teismo sprendimą, ištuokos išrašas, ankstesnės pavardės susigrąžinimas po skyrybų.',
        keywords: [
          'ištuoka', 'istuoka', 'ištuokos', 'istuokos', 'ištuokos registravimas', 'istuokos registravimas',
          'santuokos nutraukimas', 'santuokos nutraukimo', 'skyrybos', 'skyrybų', 'skyrybu', 'išsiskyrėme',
          'issiskyreme', 'buvęs sutuoktinis', 'buves sutuoktinis', 'ankstesnė pavardė',
          'susigrąžinti pavardę', 'susigrazinti pavarde',
        ],
      },
      pl: {
        name: 'Rejestracja rozwodu',
        description:
          'Rejestracja rozwiązania małżeństwa na podstawie wyroku sądu, odpis aktu rozwodu, powrót do poprzedniego nazwiska po rozwodzie.',
        keywords: [
          'rozwód', 'rozwod', 'rozwodu', 'rozwiedziony', 'rozwiedziona', 'rejestracja rozwodu',
          'rozwiązanie małżeństwa', 'rozwiazanie malzenstwa', 'wyrok rozwodowy', 'orzeczenie sądu o rozwodzie',
          'orzeczenie sadu o rozwodzie', 'były mąż', 'byly maz', 'była żona', 'byla zona', 'powrót do nazwiska',
          'powrot do nazwiska',
        ],
      },
      ru: {
        name: 'Регистрация развода',
        description:
          'Регистрация расторжения брака на основании решения суда, выписка о разводе, возвращение прежней фамилии после развода.',
        keywords: [
          'развод', 'развода', 'разводе', 'регистрация развода', 'расторжение брака', 'расторжения брака',
          'решение суда о разводе', 'развелись', 'разведён', 'разведен', 'разведена', 'бывший муж',
          'бывшая жена', 'свидетельство о разводе', 'вернуть добрачную фамилию', 'вернуть прежнюю фамилию',
          'razvod', 'rastorzhenie braka',
        ],
      },
      en: {
        name: 'Divorce registration',
        description:
          'Registering the dissolution of a marriage on the basis of a court decision, divorce extract, returning to a previous surname after divorce.',
        keywords: [
          'divorce', 'divorced', 'divorce registration', 'register the divorce', 'dissolution of marriage',
          'divorce decree', 'court decision on divorce', 'decree absolute', 'ex-husband', 'ex-wife',
          'former spouse', 'divorce certificate', 'revert to my maiden name', 'previous surname', 'foreign divorce',
        ],
      },
    },
  },
  {
    department: 'civil-registry',
    slug: 'civil-registry-record-restoration',
    texts: {
      lt: {
        name: 'Įrašų atkūrimas, papildymas ir tautybės keitimas',
        description:
          'Prarasto ar neišlikusio civilinės būklės akto įrašo atkūrimas, įrašo papildymas ar pakeitimas, tautybės įrašo keitimas.',
        keywords: [
          'įrašo atkūrimas', 'iraso atkurimas', 'atkurti įrašą', 'atkurti irasa', 'įrašo papildymas',
          'iraso papildymas', 'įrašo pakeitimas', 'iraso pakeitimas', 'tautybės keitimas', 'tautybes keitimas',
          'tautybės įrašas', 'pakeisti tautybę', 'pakeisti tautybe', 'tautybė', 'dingęs įrašas',
          'tarybinis gimimo liudijimas', 'neišlikęs įrašas', 'neislikes irasas',
        ],
      },
      pl: {
        name: 'Odtworzenie i uzupełnienie aktów, zmiana wpisu narodowości',
        description:
          'Odtworzenie utraconego lub niezachowanego aktu stanu cywilnego, uzupełnienie lub zmiana aktu, zmiana wpisu o narodowości.',
        keywords: [
          'odtworzenie aktu', 'odtworzenie aktu urodzenia', 'odtworzyć akt', 'odtworzyc akt', 'uzupełnienie aktu',
          'uzupelnienie aktu', 'zmiana wpisu', 'zmiana narodowości', 'zmiana narodowosci', 'wpis narodowości',
          'narodowość polska', 'narodowosc polska', 'zaginiony akt', 'radziecki akt urodzenia',
          'akt nie zachował się', 'akt nie zachowal sie',
        ],
      },
      ru: {
        name: 'Восстановление и дополнение записей, изменение национальности',
        description:
          'Восстановление утраченной или не сохранившейся записи акта гражданского состояния, дополнение или изменение записи, изменение записи о национальности.',
        keywords: [
          'восстановление записи', 'восстановить запись', 'восстановление акта', 'дополнение записи',
          'изменение записи', 'изменение национальности', 'сменить национальность', 'запись о национальности',
          'национальность', 'национальности', 'утерянная запись', 'советское свидетельство о рождении',
          'запись не сохранилась', 'графа национальность',
          'vosstanovlenie zapisi', 'nacionalnost',
        ],
      },
      en: {
        name: 'Restoring and amending records, nationality entry',
        description:
          'Restoring a civil status record that was lost or not preserved, supplementing or amending a record, changing the nationality entry.',
        keywords: [
          'restore a record', 'restoration of a record', 'lost record', 'record not preserved',
          'supplement a record', 'amend the record', 'amendment of a civil record', 'nationality entry',
          'change of nationality entry', 'ethnicity record', 'change my nationality', 'soviet birth certificate',
          'missing civil record', 'nationality in the birth record',
        ],
      },
    },
  },
  // ─── social-welfare: Socialinės paramos skyrius ─────────────────────────────────
  {
    department: 'social-welfare',
    slug: 'social-welfare-social-benefit',
    texts: {
      lt: {
        name: 'Socialinė pašalpa',
        description:
          'Piniginė socialinė parama nepasiturintiems gyventojams: socialinės pašalpos skyrimas, dydis, pajamų ir turto vertinimas.',
        keywords: [
          'socialinė pašalpa', 'socialine pasalpa', 'socialinės pašalpos', 'socialines pasalpos',
          'socialinę pašalpą', 'pašalpa', 'pasalpa', 'pašalpos', 'piniginė socialinė parama',
          'pinigine socialine parama', 'nepasiturintys', 'nepasiturinčių', 'mažos pajamos', 'mazos pajamos',
          'valstybės remiamos pajamos', 'bedarbis', 'užimtumo tarnyba', 'uzimtumo tarnyba',
        ],
      },
      pl: {
        name: 'Zasiłek socjalny',
        description:
          'Pieniężna pomoc socjalna dla osób o niskich dochodach: przyznanie zasiłku socjalnego, jego wysokość, ocena dochodów i majątku.',
        keywords: [
          'zasiłek socjalny', 'zasilek socjalny', 'zasiłku socjalnego', 'zasilku socjalnego', 'zasiłek', 'zasilek',
          'pieniężna pomoc socjalna', 'pieniezna pomoc socjalna', 'pomoc socjalna', 'niskie dochody',
          'ubogie rodziny', 'dochód gwarantowany', 'dochod gwarantowany', 'bezrobotny', 'bezrobotna',
          'urząd pracy', 'urzad pracy',
        ],
      },
      ru: {
        name: 'Социальное пособие',
        description:
          'Денежная социальная помощь малоимущим жителям: назначение социального пособия, его размер, оценка доходов и имущества.',
        keywords: [
          'социальное пособие', 'социального пособия', 'пособие', 'пособия', 'денежная социальная помощь',
          'социальная помощь', 'малоимущие', 'малоимущая семья', 'низкий доход', 'доход, поддерживаемый государством',
          'безработный', 'безработная', 'служба занятости', 'биржа труда', 'на пособии',
          'socialnoe posobie', 'posobie',
        ],
      },
      en: {
        name: 'Social benefit',
        description:
          'Cash social assistance for low-income residents: granting the social benefit, its amount, assessment of income and assets.',
        keywords: [
          'social benefit', 'social assistance', 'welfare benefit', 'cash social assistance', 'welfare',
          'benefits', 'low income', 'low-income family', 'state-supported income', 'unemployed', 'unemployment',
          'employment service', 'job centre', 'means test', 'income assessment',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-heating-water-compensation',
    texts: {
      lt: {
        name: 'Būsto šildymo ir vandens išlaidų kompensacijos',
        description:
          'Kompensacijos nepasiturintiems už būsto šildymą, karštą ir geriamąjį vandenį, kai sąskaitos viršija nustatytą šeimos pajamų dalį.',
        keywords: [
          'šildymo kompensacija', 'sildymo kompensacija', 'kompensacija už šildymą', 'kompensacija uz sildyma',
          'šildymo išlaidų kompensacija', 'sildymo islaidu kompensacija', 'vandens kompensacija',
          'kompensacija už vandenį', 'kompensacija uz vandeni', 'karšto vandens kompensacija',
          'geriamojo vandens kompensacija', 'būsto šildymo išlaidų', 'kompensacijos skyrimas',
          'kompensacijos nutraukimas', 'kompensacijos už šildymą', 'kompensacija už karštą vandenį',
        ],
      },
      pl: {
        name: 'Kompensata kosztów ogrzewania i wody',
        description:
          'Kompensaty dla osób o niskich dochodach za ogrzewanie mieszkania, ciepłą i zimną wodę, gdy rachunki przekraczają ustaloną część dochodów rodziny.',
        keywords: [
          'kompensata za ogrzewanie', 'kompensata ogrzewania', 'kompensata kosztów ogrzewania',
          'kompensata kosztow ogrzewania', 'rekompensata za ogrzewanie', 'dopłata do ogrzewania',
          'doplata do ogrzewania', 'kompensata za wodę', 'kompensata za wode', 'kompensata za ciepłą wodę',
          'kompensata za ciepla wode', 'dodatek grzewczy', 'kompensaty za ogrzewanie', 'kompensacja za ogrzewanie', 'kompensata za wodę pitną',
        ],
      },
      ru: {
        name: 'Компенсация расходов на отопление и воду',
        description:
          'Компенсации малоимущим за отопление жилья, горячую и питьевую воду, когда счета превышают установленную долю доходов семьи.',
        keywords: [
          'компенсация за отопление', 'компенсация отопления', 'компенсация расходов на отопление',
          'компенсацию за отопление', 'компенсация за воду', 'компенсация за горячую воду',
          'компенсация за питьевую воду', 'субсидия на отопление', 'льгота на отопление',
          'доплата за отопление', 'компенсации за отопление', 'компенсация на отопление', 'назначение компенсации',
          'прекращение компенсации',
          'kompensacija za otoplenie', 'kompensatsiya za otoplenie',
        ],
      },
      en: {
        name: 'Heating and water cost compensation',
        description:
          'Compensation for low-income households for home heating, hot water and drinking water when the bills exceed a set share of family income.',
        keywords: [
          'heating compensation', 'compensation for heating', 'heating cost compensation', 'heating subsidy',
          'heating allowance', 'water compensation', 'compensation for water', 'hot water compensation',
          'drinking water compensation', 'help with heating bills', 'help paying for heating', 'compensation for hot water',
          'utility subsidy', 'winter fuel',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-child-benefits',
    texts: {
      lt: {
        name: 'Išmokos vaikams ir šeimoms',
        description:
          'Vaiko pinigai, vienkartinė išmoka gimus vaikui, papildoma išmoka daugiavaikėms ir nepasiturinčioms šeimoms, išmoka nėščiai moteriai, globos išmoka.',
        keywords: [
          'vaiko pinigai', 'vaiko pinigu', 'vaiko pinigų', 'išmoka vaikui', 'ismoka vaikui',
          'išmoka gimus vaikui', 'ismoka gimus vaikui', 'vienkartinė išmoka gimus vaikui', 'daugiavaikė šeima',
          'daugiavaike seima', 'daugiavaikių šeimų', 'papildoma vaiko išmoka', 'išmoka nėščiai moteriai',
          'ismoka nesciai moteriai', 'globos išmoka', 'globos ismoka', 'šeimos kortelė', 'seimos kortele',
        ],
      },
      pl: {
        name: 'Świadczenia na dzieci i rodziny',
        description:
          'Świadczenie na dziecko, jednorazowe świadczenie z tytułu urodzenia, dodatek dla rodzin wielodzietnych i o niskich dochodach, świadczenie dla kobiety w ciąży, świadczenie opiekuńcze.',
        keywords: [
          'pieniądze na dziecko', 'pieniadze na dziecko', 'zasiłek na dziecko', 'zasilek na dziecko',
          'świadczenie na dziecko', 'swiadczenie na dziecko', 'becikowe', 'świadczenie z tytułu urodzenia',
          'rodzina wielodzietna', 'rodziny wielodzietnej', 'dodatek dla rodzin wielodzietnych',
          'świadczenie dla kobiety w ciąży', 'swiadczenie dla kobiety w ciazy', 'świadczenie opiekuńcze',
          'karta rodziny', 'karta rodziny wielodzietnej',
        ],
      },
      ru: {
        name: 'Пособия на детей и семьи',
        description:
          'Детские деньги, единовременное пособие при рождении ребёнка, доплата многодетным и малоимущим семьям, пособие беременным, пособие на опеку.',
        keywords: [
          'детские деньги', 'деньги на ребёнка', 'деньги на ребенка', 'пособие на ребёнка', 'пособие на ребенка',
          'пособие при рождении', 'единовременное пособие при рождении', 'многодетная семья',
          'многодетной семьи', 'многодетным', 'пособие беременной', 'пособие по беременности',
          'пособие на опеку', 'семейная карта', 'карта семьи',
          'detskie dengi', 'posobie na rebenka',
        ],
      },
      en: {
        name: 'Child and family benefits',
        description:
          'Child benefit, one-off birth grant, extra support for large and low-income families, benefit for pregnant women and guardianship benefit.',
        keywords: [
          'child benefit', 'child money', 'child allowance', 'benefit for a child', 'birth grant',
          'one-off birth benefit', 'large family', 'large family benefit', 'family with three children',
          'benefit for pregnant women', 'pregnancy benefit', 'guardianship benefit', 'foster care benefit',
          'family card', 'vaiko pinigai',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-home-care',
    texts: {
      lt: {
        name: 'Socialinės paslaugos ir pagalba namuose',
        description:
          'Pagalba į namus, socialinė priežiūra ir slauga namuose, laikinas atokvėpis globėjams, dienos centrai ir globos namai senjorams.',
        keywords: [
          'pagalba į namus', 'pagalba i namus', 'pagalba namuose', 'socialinė priežiūra', 'socialine prieziura',
          'ilgalaikė slauga', 'slaugytojos pagalba', 'slauga namuose', 'socialinis darbuotojas', 'socialinė darbuotoja',
          'socialine darbuotoja', 'globos namai', 'senelių namai', 'seneliu namai', 'atokvėpis', 'atokvepis',
          'dienos centras', 'integrali pagalba', 'slaugytoja',
        ],
      },
      pl: {
        name: 'Usługi socjalne i opieka w domu',
        description:
          'Pomoc w domu, opieka i pielęgnacja domowa, opieka wytchnieniowa dla opiekunów, ośrodki dziennego pobytu i domy opieki dla seniorów.',
        keywords: [
          'opieka domowa', 'opieka w domu', 'pomoc w domu', 'usługi opiekuńcze', 'uslugi opiekuncze',
          'pielęgnacja', 'pielegnacja', 'pracownik socjalny', 'pracownica socjalna', 'opiekunka', 'dom opieki',
          'dom spokojnej starości', 'dom spokojnej starosci', 'opieka wytchnieniowa', 'dzienny pobyt',
          'samotna starsza osoba', 'pielęgniarka',
          'domu opieki', 'w domu opieki',
        ],
      },
      ru: {
        name: 'Социальные услуги и уход на дому',
        description:
          'Помощь на дому, социальный уход и уход за больным дома, временная передышка для ухаживающих, дневные центры и дома опеки для пожилых.',
        keywords: [
          'помощь на дому', 'уход на дому', 'социальный уход', 'социальные услуги', 'сиделка',
          'социальный работник', 'социальная работница', 'соцработник', 'дом престарелых', 'дом опеки',
          'пансионат для пожилых', 'временный уход', 'передышка для ухаживающих', 'дневной центр',
          'одинокая пенсионерка', 'лежачий больной',
          'pomoshh na domu', 'dom prestarelyh',
        ],
      },
      en: {
        name: 'Care services at home',
        description:
          'Help at home, social and nursing care at home, respite care for carers, day centres and care homes for older people.',
        keywords: [
          'home care', 'care at home', 'help at home', 'social care', 'home help', 'nursing care', 'carer',
          'caregiver', 'social worker', 'care home', 'nursing home', "old people's home", 'respite care',
          'day centre', 'day center', 'bedridden', 'elderly person living alone',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-disability-support',
    texts: {
      lt: {
        name: 'Parama žmonėms su negalia',
        description:
          'Pagalba žmonėms su negalia: asmeninis asistentas, techninės pagalbos priemonės, būsto pritaikymas, transporto išlaidų kompensacija.',
        keywords: [
          'neįgalumas', 'neigalumas', 'neįgalusis', 'neigalusis', 'neįgaliojo', 'neigaliojo', 'negalia',
          'su negalia', 'asmeninis asistentas', 'asmeninio asistento', 'techninės pagalbos priemonės',
          'technines pagalbos priemones', 'būsto pritaikymas', 'busto pritaikymas',
          'transporto išlaidų kompensacija', 'specialieji poreikiai', 'darbingumo lygis', 'neįgalus vaikas',
        ],
      },
      pl: {
        name: 'Wsparcie dla osób z niepełnosprawnością',
        description:
          'Pomoc dla osób z niepełnosprawnością: asystent osobisty, sprzęt pomocniczy, przystosowanie mieszkania, kompensata kosztów transportu.',
        keywords: [
          'niepełnosprawność', 'niepelnosprawnosc', 'niepełnosprawny', 'niepelnosprawny', 'niepełnosprawna',
          'osoba niepełnosprawna', 'asystent osobisty', 'asystenta osobistego', 'sprzęt rehabilitacyjny',
          'sprzet rehabilitacyjny', 'pomoce techniczne', 'przystosowanie mieszkania',
          'kompensata kosztów transportu', 'poziom zdolności do pracy', 'niepełnosprawne dziecko',
          'orzeczenie o niepełnosprawności',
        ],
      },
      ru: {
        name: 'Поддержка людей с инвалидностью',
        description:
          'Помощь людям с инвалидностью: личный ассистент, технические вспомогательные средства, приспособление жилья, компенсация транспортных расходов.',
        keywords: [
          'инвалидность', 'инвалидности', 'инвалид', 'инвалида', 'человек с инвалидностью', 'ребёнок-инвалид',
          'ребенок-инвалид', 'личный ассистент', 'персональный ассистент', 'технические вспомогательные средства',
          'приспособление жилья', 'адаптация квартиры', 'компенсация транспортных расходов',
          'уровень трудоспособности', 'особые потребности', 'группа инвалидности',
          'invalidnost', 'lichnyj assistent',
        ],
      },
      en: {
        name: 'Disability support',
        description:
          'Support for people with disabilities: personal assistant, assistive devices, adapting the home, compensation of transport costs.',
        keywords: [
          'disability', 'disabled', 'person with a disability', 'disabled child', 'personal assistant',
          'assistive devices', 'technical aids', 'mobility aids', 'home adaptation', 'adapting the flat',
          'transport cost compensation', 'special needs', 'working capacity level', 'disability assessment',
          'disability status',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-one-off-support',
    texts: {
      lt: {
        name: 'Vienkartinė ir skubi parama',
        description:
          'Vienkartinė pašalpa ištikus nelaimei (gaisras, sunki liga), laidojimo pašalpa, parama maistu ir skubi pagalba krizėje.',
        keywords: [
          'vienkartinė pašalpa', 'vienkartine pasalpa', 'vienkartinė parama', 'vienkartine parama',
          'skubi pagalba', 'materialinė parama', 'materialine parama', 'gaisras', 'gaisro', 'sudegė butas',
          'sudege butas', 'stichinė nelaimė', 'laidojimo pašalpa', 'laidojimo pasalpa', 'parama maistu',
          'maisto paketai', 'maisto bankas', 'sunki materialinė padėtis',
        ],
      },
      pl: {
        name: 'Jednorazowa i pilna pomoc',
        description:
          'Jednorazowa zapomoga w razie nieszczęścia (pożar, ciężka choroba), zasiłek pogrzebowy, pomoc żywnościowa i pilna pomoc w kryzysie.',
        keywords: [
          'jednorazowa zapomoga', 'zapomoga', 'zapomogi', 'jednorazowa pomoc', 'pilna pomoc', 'pomoc doraźna',
          'pomoc dorazna', 'pożar', 'pozar', 'spaliło się mieszkanie', 'spalilo sie mieszkanie',
          'klęska żywiołowa', 'zasiłek pogrzebowy', 'zasilek pogrzebowy', 'paczki żywnościowe',
          'paczki zywnosciowe', 'bank żywności', 'trudna sytuacja materialna',
        ],
      },
      ru: {
        name: 'Единовременная и срочная помощь',
        description:
          'Единовременное пособие при беде (пожар, тяжёлая болезнь), пособие на погребение, продуктовая помощь и срочная помощь в кризисе.',
        keywords: [
          'единовременное пособие', 'единовременная помощь', 'разовая помощь', 'срочная помощь',
          'материальная помощь', 'пожар', 'после пожара', 'сгорела квартира', 'стихийное бедствие',
          'пособие на погребение', 'похоронное пособие', 'продуктовые наборы', 'продуктовая помощь',
          'банк еды', 'тяжёлое материальное положение', 'тяжелое материальное положение',
          'edinovremennoe posobie', 'posle pozhara',
        ],
      },
      en: {
        name: 'One-off and emergency support',
        description:
          'One-off payment after a misfortune (fire, serious illness), funeral benefit, food aid and urgent help in a crisis.',
        keywords: [
          'one-off payment', 'one-off benefit', 'one-time assistance', 'emergency support',
          'emergency financial aid', 'financial hardship', 'fire in my flat', 'after the fire', 'natural disaster',
          'funeral benefit', 'burial allowance', 'food parcels', 'food aid', 'food bank', 'crisis support',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-free-school-meals',
    texts: {
      lt: {
        name: 'Nemokamas mokinių maitinimas ir mokinio reikmenys',
        description:
          'Nemokamas maitinimas mokyklose ir darželiuose bei parama mokinio reikmenims įsigyti nepasiturinčioms šeimoms.',
        keywords: [
          'nemokamas maitinimas', 'nemokamo maitinimo', 'nemokamas mokinių maitinimas',
          'nemokamas mokiniu maitinimas', 'mokinių maitinimas', 'pietūs mokykloje', 'pietus mokykloje',
          'maitinimas darželyje', 'maitinimas darzelyje', 'mokinio reikmenys', 'mokinio reikmenu',
          'mokinio reikmenų', 'parama mokinio reikmenims', 'kuprinė', 'mokyklinės prekės',
          'priešmokyklinė grupė', 'mokyklos valgykla',
        ],
      },
      pl: {
        name: 'Bezpłatne posiłki dla uczniów i wyprawka',
        description:
          'Bezpłatne posiłki w szkołach i przedszkolach oraz pomoc na zakup przyborów szkolnych dla rodzin o niskich dochodach.',
        keywords: [
          'bezpłatne posiłki', 'bezplatne posilki', 'darmowe obiady', 'bezpłatne obiady', 'bezplatne obiady',
          'obiady w szkole', 'posiłki w szkole', 'posilki w szkole', 'wyżywienie w przedszkolu',
          'wyzywienie w przedszkolu', 'wyprawka szkolna', 'wyprawka', 'przybory szkolne',
          'pomoc na przybory szkolne', 'stołówka szkolna', 'stolowka szkolna', 'dożywianie',
        ],
      },
      ru: {
        name: 'Бесплатное питание учеников и школьные принадлежности',
        description:
          'Бесплатное питание в школах и детских садах и помощь на покупку школьных принадлежностей для малоимущих семей.',
        keywords: [
          'бесплатное питание', 'бесплатного питания', 'бесплатные обеды', 'бесплатные завтраки',
          'обеды в школе', 'питание в школе', 'питание в детском саду', 'школьное питание',
          'школьные принадлежности', 'помощь на школьные принадлежности', 'подготовка к школе', 'канцтовары',
          'рюкзак', 'школьная столовая',
          'besplatnoe pitanie', 'obedy v shkole',
        ],
      },
      en: {
        name: 'Free school meals and school supplies',
        description:
          'Free meals in schools and kindergartens and support to buy school supplies for low-income families.',
        keywords: [
          'free school meals', 'free meals', 'free lunch', 'school lunch', 'school meals',
          'meals at kindergarten', 'school supplies', 'support for school supplies', 'school things',
          'school bag', 'back to school', 'school canteen', 'pupil meals', 'kindergarten meals',
        ],
      },
    },
  },
  {
    department: 'social-welfare',
    slug: 'social-welfare-crisis-homelessness',
    texts: {
      lt: {
        name: 'Pagalba benamiams ir krizių atvejais',
        description:
          'Apgyvendinimas nakvynės namuose ir krizių centruose, pagalba smurtą artimoje aplinkoje patyrusiems asmenims ir socialinės rizikos šeimoms.',
        keywords: [
          'benamis', 'benamiai', 'benamystė', 'benamyste', 'nakvynės namai', 'nakvynes namai',
          'laikinas apnakvindinimas', 'krizių centras', 'kriziu centras', 'krizių centre',
          'smurtas artimoje aplinkoje', 'smurtas šeimoje', 'smurtas seimoje', 'socialinės rizikos šeima',
          'socialines rizikos seima', 'motinų ir vaikų namai', 'priklausomybė', 'atvejo vadyba',
        ],
      },
      pl: {
        name: 'Pomoc dla bezdomnych i w sytuacjach kryzysowych',
        description:
          'Zakwaterowanie w noclegowniach i ośrodkach kryzysowych, pomoc dla osób doznających przemocy domowej i rodzin zagrożonych wykluczeniem.',
        keywords: [
          'bezdomny', 'bezdomna', 'bezdomność', 'bezdomnosc', 'noclegownia', 'noclegowni',
          'schronisko dla bezdomnych', 'ośrodek kryzysowy', 'osrodek kryzysowy', 'przemoc domowa',
          'przemoc w rodzinie', 'rodzina zagrożona', 'rodzina w kryzysie', 'dom samotnej matki', 'uzależnienie',
          'uzaleznienie', 'nie mam gdzie mieszkać',
        ],
      },
      ru: {
        name: 'Помощь бездомным и в кризисных ситуациях',
        description:
          'Размещение в ночлежных домах и кризисных центрах, помощь пострадавшим от домашнего насилия и семьям социального риска.',
        keywords: [
          'бездомный', 'бездомная', 'бездомные', 'бездомность', 'ночлежка', 'ночлежный дом',
          'приют для бездомных', 'кризисный центр', 'кризисного центра', 'домашнее насилие', 'насилие в семье',
          'семья социального риска', 'неблагополучная семья', 'дом матери и ребёнка', 'зависимость', 'негде жить',
          'bezdomnyj', 'krizisnyj centr',
        ],
      },
      en: {
        name: 'Homelessness and crisis support',
        description:
          'Places in night shelters and crisis centres, help for people experiencing domestic violence and for families at social risk.',
        keywords: [
          'homeless', 'homelessness', 'night shelter', 'homeless shelter', 'overnight shelter', 'crisis centre',
          'crisis center', 'domestic violence', 'violence in the family', 'family at social risk',
          'family in crisis', 'mother and child home', 'addiction', 'nowhere to live', 'sleeping rough',
        ],
      },
    },
  },
  // ─── archive: the municipal archive ─────────────────────────────────────────────
  {
    department: 'archive',
    slug: 'archive-employment-history',
    texts: {
      lt: {
        name: 'Darbo stažo pažymos',
        description:
          'Archyvinės pažymos apie darbo stažą ir eitas pareigas buvusiose ar likviduotose įmonėse ir įstaigose, pvz., pensijai ar „Sodrai“.',
        keywords: [
          'darbo stažas', 'darbo stazas', 'darbo stažo', 'darbo stazo', 'darbo stažo pažyma', 'darbo stazo pazyma',
          'archyvinė pažyma', 'archyvine pazyma', 'archyvinės pažymos', 'pažyma apie darbą', 'pazyma apie darba',
          'įsakymas dėl priėmimo į darbą', 'atleidimo iš darbo įsakymas', 'darbo knygelė', 'darbo knygele',
          'stažas sodrai', 'tarybiniais metais', 'dirbau gamykloje',
        ],
      },
      pl: {
        name: 'Zaświadczenia o stażu pracy',
        description:
          'Zaświadczenia archiwalne o stażu pracy i zajmowanych stanowiskach w dawnych lub zlikwidowanych zakładach i instytucjach, np. do emerytury lub dla „Sodry“.',
        keywords: [
          'staż pracy', 'staz pracy', 'stażu pracy', 'stazu pracy', 'zaświadczenie o stażu pracy',
          'zaswiadczenie o stazu pracy', 'zaświadczenie archiwalne', 'zaswiadczenie archiwalne',
          'zaświadczenie o zatrudnieniu', 'zaswiadczenie o zatrudnieniu', 'okres zatrudnienia',
          'książeczka pracy', 'ksiazeczka pracy', 'rozkaz o przyjęciu do pracy', 'rozkaz o zwolnieniu',
          'pracowałem w fabryce', 'pracowalem w fabryce', 'czasy radzieckie',
        ],
      },
      ru: {
        name: 'Справки о трудовом стаже',
        description:
          'Архивные справки о трудовом стаже и занимаемых должностях на бывших или ликвидированных предприятиях и в учреждениях, например для пенсии или «Содры».',
        keywords: [
          'трудовой стаж', 'трудового стажа', 'стаж', 'стажа', 'справка о стаже', 'справка о трудовом стаже',
          'архивная справка', 'архивную справку', 'приказ о приёме на работу', 'приказ о приеме на работу',
          'приказ об увольнении', 'трудовая книжка', 'работал на заводе', 'работала на фабрике',
          'в советское время', 'подтвердить стаж',
          'trudovoj stazh', 'spravka o stazhe',
        ],
      },
      en: {
        name: 'Employment history certificates',
        description:
          'Archival certificates confirming length of service and positions held at former or liquidated companies and institutions, e.g. for a pension or Sodra.',
        keywords: [
          'employment history', 'length of service', 'work record', 'certificate of employment',
          'archival certificate', 'archive certificate', 'confirmation of employment', 'proof of employment',
          'order of appointment', 'dismissal order', 'work record book', 'labour book', 'worked at the factory',
          'soviet times', 'years of service',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-salary-records',
    texts: {
      lt: {
        name: 'Darbo užmokesčio pažymos pensijai',
        description:
          'Pažymos apie gautą darbo užmokestį pagal archyve saugomus atlyginimų žiniaraščius ir asmenines sąskaitas, reikalingos pensijai apskaičiuoti.',
        keywords: [
          'darbo užmokesčio pažyma', 'darbo uzmokescio pazyma', 'pažyma apie atlyginimą', 'pazyma apie atlyginima',
          'atlyginimas', 'atlyginimų žiniaraščiai', 'atlyginimu ziniarasciai', 'algalapiai', 'darbo užmokestis',
          'darbo uzmokestis', 'pensijai', 'pensijos apskaičiavimas', 'pensijos apskaiciavimas', 'sodra',
          'sodrai', 'uždarbis', 'rubliai',
        ],
      },
      pl: {
        name: 'Zaświadczenia o zarobkach do emerytury',
        description:
          'Zaświadczenia o otrzymywanym wynagrodzeniu na podstawie przechowywanych w archiwum list płac i kart wynagrodzeń, potrzebne do wyliczenia emerytury.',
        keywords: [
          'zaświadczenie o zarobkach', 'zaswiadczenie o zarobkach', 'zaświadczenie o wynagrodzeniu',
          'zaswiadczenie o wynagrodzeniu', 'zarobki', 'wynagrodzenie', 'pensja', 'listy płac', 'listy plac',
          'karty wynagrodzeń', 'do emerytury', 'emerytura', 'emerytury', 'wyliczenie emerytury', 'sodra', 'ruble',
        ],
      },
      ru: {
        name: 'Справки о заработной плате для пенсии',
        description:
          'Справки о полученной зарплате по хранящимся в архиве расчётным ведомостям и лицевым счетам, нужные для расчёта пенсии.',
        keywords: [
          'справка о зарплате', 'справка о заработной плате', 'справку о зарплате', 'зарплата', 'зарплаты',
          'заработная плата', 'заработок', 'расчётные ведомости', 'расчетные ведомости', 'лицевые счета',
          'для пенсии', 'пенсия', 'пенсии', 'расчёт пенсии', 'расчет пенсии', 'sodra', 'рубли',
          'spravka o zarplate', 'dlja pensii',
        ],
      },
      en: {
        name: 'Salary records for pension',
        description:
          'Certificates of earnings based on payroll sheets and personal accounts kept in the archive, needed to calculate a pension.',
        keywords: [
          'salary certificate', 'certificate of earnings', 'earnings', 'salary', 'wages', 'payroll records',
          'payroll sheets', 'pay slips', 'for my pension', 'pension', 'pension calculation', 'sodra', 'roubles',
          'rubles', 'wage records',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-old-decisions',
    texts: {
      lt: {
        name: 'Senų sprendimų ir potvarkių kopijos',
        description:
          'Vykdomojo komiteto, miesto valdybos ir mero sprendimų, potvarkių ir įsakymų patvirtintos kopijos ir nuorašai iš archyvo.',
        keywords: [
          'sprendimo kopija', 'sprendimo nuorašas', 'sprendimo nuorasas', 'nuorašas', 'nuorasas', 'potvarkis',
          'potvarkio kopija', 'vykdomasis komitetas', 'vykdomojo komiteto', 'vykdomojo komiteto sprendimas',
          'valdybos sprendimas', 'mero potvarkis', 'senas sprendimas', 'archyvinis dokumentas',
          'archyvinio dokumento kopija', 'patvirtinta kopija', 'posėdžio protokolas',
        ],
      },
      pl: {
        name: 'Kopie dawnych decyzji i zarządzeń',
        description:
          'Poświadczone kopie i odpisy decyzji, zarządzeń i rozporządzeń komitetu wykonawczego, zarządu miasta i mera z archiwum.',
        keywords: [
          'kopia decyzji', 'odpis decyzji', 'dawna decyzja', 'stara decyzja', 'decyzja komitetu wykonawczego',
          'komitet wykonawczy', 'komitetu wykonawczego', 'ispolkom', 'zarządzenie mera', 'zarzadzenie mera',
          'uchwała zarządu miasta', 'dokument archiwalny', 'kopia dokumentu archiwalnego', 'poświadczona kopia',
          'poswiadczona kopia', 'protokół posiedzenia',
        ],
      },
      ru: {
        name: 'Копии старых решений и распоряжений',
        description:
          'Заверенные копии и выписки из решений, распоряжений и приказов исполкома, городского правления и мэра из архива.',
        keywords: [
          'копия решения', 'копию решения', 'выписка из решения', 'старое решение', 'решение исполкома',
          'исполком', 'исполкома', 'горисполком', 'горисполкома', 'распоряжение мэра', 'решение правления',
          'архивный документ', 'копия архивного документа', 'заверенная копия', 'протокол заседания',
          'reshenie ispolkoma', 'kopija reshenija',
        ],
      },
      en: {
        name: 'Copies of old decisions and orders',
        description:
          'Certified copies and extracts of decisions, orders and resolutions of the executive committee, city board and mayor held in the archive.',
        keywords: [
          'copy of the decision', 'copy of a decision', 'old decision', 'executive committee',
          'executive committee decision', 'ispolkom', "mayor's order", 'board decision', 'archival document',
          'archive copy', 'certified archive copy', 'soviet-era decision', 'old municipal decision', 'minutes of the meeting',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-building-property-documents',
    texts: {
      lt: {
        name: 'Pastatų ir nekilnojamojo turto dokumentai',
        description:
          'Namų, garažų ir kitų statinių projektai, seni statybos leidimai, pastatų priėmimo eksploatuoti aktai, buto orderiai ir privatizavimo dokumentai iš archyvo.',
        keywords: [
          'namo projektas', 'pastato projektas', 'techninis projektas', 'brėžiniai', 'breziniai', 'senas projektas',
          'senas statybos leidimas', 'priėmimo eksploatuoti aktas', 'priemimo eksploatuoti aktas',
          'pastato priėmimo aktas', 'inventorizacinė byla', 'inventorizacine byla', 'buto orderis', 'orderis',
          'privatizavimo dokumentai', 'privatizavimo sutartis', 'nuosavybės dokumentai', 'garažo dokumentai',
        ],
      },
      pl: {
        name: 'Dokumentacja budynków i nieruchomości',
        description:
          'Projekty domów, garaży i innych budynków, dawne pozwolenia na budowę, protokoły odbioru budynków, ordery na mieszkanie i dokumenty prywatyzacji z archiwum.',
        keywords: [
          'projekt domu', 'projekt budynku', 'rysunki techniczne', 'plany budynku', 'stary projekt',
          'dokumentacja budowlana', 'dawne pozwolenie na budowę', 'akt odbioru budynku', 'protokół odbioru',
          'protokol odbioru', 'teczka inwentaryzacyjna', 'order na mieszkanie', 'dokumenty prywatyzacji',
          'umowa prywatyzacyjna', 'dokumenty własności', 'dokumenty wlasnosci', 'dokumenty garażu',
        ],
      },
      ru: {
        name: 'Документы на здания и недвижимость',
        description:
          'Проекты домов, гаражей и других строений, старые разрешения на строительство, акты приёмки зданий, ордера на квартиру и документы приватизации из архива.',
        keywords: [
          'проект дома', 'проект здания', 'чертежи', 'старые чертежи', 'поэтажный план',
          'техническая документация', 'старое разрешение на строительство', 'акт приёмки в эксплуатацию',
          'акт приемки в эксплуатацию', 'инвентаризационное дело', 'ордер на квартиру', 'ордер',
          'документы приватизации', 'договор приватизации', 'документы на собственность', 'документы на гараж',
          'proekt doma', 'order na kvartiru',
        ],
      },
      en: {
        name: 'Building and property documents',
        description:
          'Plans of houses, garages and other buildings, old building permits, acceptance certificates, flat warrants and privatisation documents held in the archive.',
        keywords: [
          'house plans', 'building plans', 'technical drawings', 'old drawings', 'floor plan',
          'building documentation', 'old building permit', 'acceptance certificate', 'commissioning act',
          'inventory file', 'flat warrant', 'housing order', 'privatisation documents', 'privatisation agreement',
          'ownership documents', 'garage documents',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-liquidated-companies',
    texts: {
      lt: {
        name: 'Likviduotų įmonių personalo dokumentai',
        description:
          'Bankrutavusių ir likviduotų įmonių bei įstaigų personalo bylos, darbo sutartys ir asmens dokumentai, perduoti saugoti archyvui.',
        keywords: [
          'likviduota įmonė', 'likviduota imone', 'likviduotos įmonės', 'likviduotos imones',
          'bankrutavusi įmonė', 'bankrutavusi imone', 'bankrutavo', 'įmonė nebeveikia', 'imone nebeveikia',
          'personalo dokumentai', 'personalo byla', 'asmens byla', 'gamykla', 'kombinatas', 'kolūkis', 'kolukis',
          'tarybinė įmonė',
        ],
      },
      pl: {
        name: 'Dokumenty kadrowe zlikwidowanych przedsiębiorstw',
        description:
          'Akta osobowe, umowy o pracę i dokumenty kadrowe upadłych i zlikwidowanych przedsiębiorstw i instytucji przekazane do archiwum.',
        keywords: [
          'zlikwidowane przedsiębiorstwo', 'zlikwidowane przedsiebiorstwo', 'zlikwidowana firma',
          'zlikwidowanej firmy', 'upadła firma', 'upadla firma', 'bankructwo', 'zakład już nie istnieje',
          'zaklad juz nie istnieje', 'dokumenty kadrowe', 'akta osobowe', 'teczka osobowa', 'fabryka', 'kombinat',
          'kołchoz', 'kolchoz', 'sowchoz',
        ],
      },
      ru: {
        name: 'Кадровые документы ликвидированных предприятий',
        description:
          'Личные дела, трудовые договоры и кадровые документы обанкротившихся и ликвидированных предприятий и учреждений, переданные на хранение в архив.',
        keywords: [
          'ликвидированное предприятие', 'ликвидированного предприятия', 'ликвидированная организация',
          'обанкротилось', 'банкротство', 'предприятие закрылось', 'завода больше нет', 'кадровые документы',
          'личное дело', 'личные дела', 'завод', 'фабрика', 'комбинат', 'колхоз', 'совхоз',
          'likvidirovannoe predprijatie', 'lichnoe delo',
        ],
      },
      en: {
        name: 'Personnel records of liquidated companies',
        description:
          'Personnel files, employment contracts and staff records of bankrupt and liquidated companies and institutions deposited with the archive.',
        keywords: [
          'liquidated company', 'company was liquidated', 'bankrupt company', 'went bankrupt',
          'company no longer exists', 'personnel records', 'personnel file', 'personal file', 'factory', 'the plant closed down',
          'kombinat', 'collective farm', 'kolkhoz', 'state farm', 'sovkhoz',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-genealogy',
    texts: {
      lt: {
        name: 'Genealoginės paieškos',
        description:
          'Giminės istorijos paieškos archyviniuose dokumentuose: gyventojų sąrašai, namų knygos, senos registracijos, protėvių gyvenamoji vieta.',
        keywords: [
          'genealogija', 'genealoginė paieška', 'genealogine paieska', 'giminės medis', 'gimines medis',
          'giminės istorija', 'protėviai', 'proteviai', 'prosenelis', 'prosenelė', 'prosenele', 'namų knyga',
          'namu knyga', 'gyventojų sąrašai', 'gyventoju sarasai', 'archyvinė paieška', 'archyvine paieska',
          'kilmė',
        ],
      },
      pl: {
        name: 'Poszukiwania genealogiczne',
        description:
          'Poszukiwania historii rodziny w dokumentach archiwalnych: spisy mieszkańców, księgi domowe, dawne meldunki, miejsca zamieszkania przodków.',
        keywords: [
          'genealogia', 'genealogiczne', 'poszukiwania genealogiczne', 'drzewo genealogiczne', 'historia rodziny',
          'przodkowie', 'przodków', 'przodkow', 'pradziadek', 'prababcia', 'księga domowa', 'ksiega domowa',
          'księga meldunkowa', 'spisy mieszkańców', 'kwerenda archiwalna', 'pochodzenie', 'korzenie',
        ],
      },
      ru: {
        name: 'Генеалогические поиски',
        description:
          'Поиски истории семьи в архивных документах: списки жителей, домовые книги, старые прописки, места жительства предков.',
        keywords: [
          'генеалогия', 'генеалогический поиск', 'генеалогическое древо', 'родословная', 'родословной',
          'история семьи', 'предки', 'предков', 'прадед', 'прадедушка', 'прабабушка', 'домовая книга',
          'домовой книги', 'списки жителей', 'архивный поиск', 'корни', 'происхождение',
          'genealogija', 'rodoslovnaja',
        ],
      },
      en: {
        name: 'Genealogical research',
        description:
          'Tracing family history in archival records: lists of residents, house registers, old registrations, where ancestors lived.',
        keywords: [
          'genealogy', 'genealogical research', 'family tree', 'family history', 'ancestors', 'ancestry',
          'great-grandfather', 'great-grandmother', 'house register', 'house book', 'lists of residents',
          'archival search', 'roots', 'family origins', 'lived in vilnius before the war',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-school-records',
    texts: {
      lt: {
        name: 'Uždarytų mokyklų mokinių dokumentai',
        description:
          'Pažymos apie mokymąsi ir baigimą likviduotose ar reorganizuotose mokyklose, atestatų ir pažymėjimų duomenys iš mokinių apskaitos knygų.',
        keywords: [
          'mokyklos baigimas', 'baigiau mokyklą', 'baigiau mokykla', 'likviduota mokykla', 'uždaryta mokykla',
          'uzdaryta mokykla', 'brandos atestatas', 'atestato dublikatas', 'pažymėjimas apie išsilavinimą',
          'pazymejimas apie issilavinima', 'išsilavinimas', 'issilavinimas', 'mokinių knyga', 'mokiniu knyga',
          'mokinių apskaitos knyga', 'profesinė mokykla', 'technikumas',
        ],
      },
      pl: {
        name: 'Dokumenty uczniów zamkniętych szkół',
        description:
          'Zaświadczenia o nauce i ukończeniu zlikwidowanych lub zreorganizowanych szkół, dane świadectw i dyplomów z ksiąg uczniów.',
        keywords: [
          'ukończenie szkoły', 'ukonczenie szkoly', 'ukończyłem szkołę', 'ukonczylem szkole',
          'zlikwidowana szkoła', 'zlikwidowana szkola', 'zamknięta szkoła', 'zamknieta szkola',
          'świadectwo dojrzałości', 'swiadectwo dojrzalosci', 'matura', 'duplikat świadectwa',
          'duplikat swiadectwa', 'wykształcenie', 'wyksztalcenie', 'księga uczniów', 'ksiega uczniow', 'technikum',
        ],
      },
      ru: {
        name: 'Документы учеников закрытых школ',
        description:
          'Справки об обучении и окончании ликвидированных или реорганизованных школ, данные аттестатов и дипломов из книг учёта учащихся.',
        keywords: [
          'окончание школы', 'окончил школу', 'окончила школу', 'ликвидированная школа', 'закрытая школа',
          'аттестат', 'аттестат зрелости', 'дубликат аттестата', 'справка об образовании', 'образование',
          'книга учёта учащихся', 'книга учета учащихся', 'алфавитная книга', 'профтехучилище', 'пту', 'техникум',
          'attestat', 'dublikat attestata',
        ],
      },
      en: {
        name: 'Records of closed schools',
        description:
          'Certificates of study at and graduation from liquidated or reorganised schools, details of diplomas and certificates from pupil registers.',
        keywords: [
          'school leaving certificate', 'finished school', 'graduated from school', 'closed school',
          'liquidated school', 'school no longer exists', 'matriculation certificate', 'duplicate of my certificate',
          'proof of education', 'education certificate', 'school register', 'pupil register', 'vocational school',
          'technical college', 'technikum',
        ],
      },
    },
  },
  {
    department: 'archive',
    slug: 'archive-land-plots',
    texts: {
      lt: {
        name: 'Žemės sklypų ir sodų bendrijų dokumentai',
        description:
          'Archyviniai dokumentai apie žemės sklypų skyrimą individualiems namams, sodininkų ir garažų bendrijoms, narių sąrašai ir sklypų planai.',
        keywords: [
          'žemės sklypas', 'zemes sklypas', 'sklypo skyrimas', 'sklypo skyrimo', 'sodo sklypas', 'sodo sklypo',
          'sodų bendrija', 'sodu bendrija', 'sodininkų bendrija', 'garažų bendrija', 'garazu bendrija',
          'garažų statybos bendrija', 'sklypo planas', 'narių sąrašas', 'nariu sarasas', 'žemės skyrimas',
          'zemes skyrimas',
        ],
      },
      pl: {
        name: 'Dokumenty działek i spółdzielni ogrodniczych',
        description:
          'Dokumenty archiwalne o przydziale działek pod domy jednorodzinne, dla spółdzielni ogrodniczych i garażowych, listy członków i plany działek.',
        keywords: [
          'działka', 'dzialka', 'działki', 'dzialki', 'przydział działki', 'przydzial dzialki',
          'działka ogrodnicza', 'dzialka ogrodnicza', 'ogródek działkowy', 'spółdzielnia ogrodnicza',
          'spoldzielnia ogrodnicza', 'spółdzielnia garażowa', 'spoldzielnia garazowa', 'plan działki',
          'lista członków', 'lista czlonkow', 'działka pod dom',
        ],
      },
      ru: {
        name: 'Документы на земельные участки и садовые товарищества',
        description:
          'Архивные документы о выделении земельных участков под частные дома, садоводческим и гаражным кооперативам, списки членов и планы участков.',
        keywords: [
          'земельный участок', 'земельного участка', 'выделение участка', 'выделении участка', 'садовый участок',
          'садового участка', 'садовое товарищество', 'садоводческое товарищество', 'гаражный кооператив',
          'гаражного кооператива', 'план участка', 'список членов', 'участок под дом', 'отвод земли',
          'дачный участок',
          'zemelnyj uchastok', 'sadovyj uchastok',
        ],
      },
      en: {
        name: 'Land plot and garden community documents',
        description:
          'Archival documents on allocating land plots for private houses, gardening and garage cooperatives, lists of members and plot plans.',
        keywords: [
          'land plot', 'plot allocation', 'allocation of land', 'garden plot', 'allotment', 'gardening community',
          'gardeners association', 'garage cooperative', 'garage society', 'plot plan', 'list of members',
          'plot for a house', 'dacha', 'summer house plot', 'land allocation decision',
        ],
      },
    },
  },
  // ─── eldership: seniūnijos ──────────────────────────────────────────────────────
  {
    department: 'eldership',
    slug: 'eldership-residence-declaration',
    texts: {
      lt: {
        name: 'Gyvenamosios vietos deklaravimas',
        description:
          'Gyvenamosios vietos deklaravimas, naujagimio ar vaiko deklaravimas, deklaravimo duomenų panaikinimas išsikrausčiusiam asmeniui, įtraukimas į gyvenamosios vietos nedeklaravusių asmenų apskaitą.',
        keywords: [
          'gyvenamosios vietos deklaravimas', 'deklaruoti gyvenamąją vietą', 'deklaruoti gyvenamaja vieta',
          'gyvenamosios vietos deklaracija', 'deklaruoti naujagimį', 'išdeklaruoti', 'isdeklaruoti', 'deklaravimo duomenų panaikinimas',
          'deklaravimo duomenu panaikinimas', 'deklaruota gyvenamoji vieta', 'prisiregistruoti', 'išregistruoti',
          'isregistruoti', 'nedeklaravę asmenys', 'be gyvenamosios vietos', 'savininko sutikimas',
          'deklaruoti vaiką', 'deklaruoti vaika',
        ],
      },
      pl: {
        name: 'Deklaracja miejsca zamieszkania (meldunek)',
        description:
          'Deklarowanie miejsca zamieszkania, zameldowanie noworodka lub dziecka, usunięcie danych osoby, która się wyprowadziła, wpis do ewidencji osób bez zadeklarowanego miejsca zamieszkania.',
        keywords: [
          'deklaracja miejsca zamieszkania', 'deklaracji miejsca zamieszkania', 'zadeklarować miejsce zamieszkania',
          'zadeklarowac miejsce zamieszkania', 'meldunek', 'zameldowanie', 'zameldować', 'zameldowac',
          'wymeldowanie', 'wymeldować', 'wymeldowac', 'wymeldować byłego lokatora', 'zameldować dziecko',
          'zameldowac dziecko', 'zgoda właściciela', 'zgoda wlasciciela', 'bez miejsca zamieszkania',
        ],
      },
      ru: {
        name: 'Декларирование места жительства (прописка)',
        description:
          'Декларирование места жительства, прописка новорождённого или ребёнка, аннулирование данных о выехавшем человеке, учёт лиц без задекларированного места жительства.',
        keywords: [
          'декларирование места жительства', 'задекларировать место жительства', 'декларация места жительства',
          'прописка', 'прописать', 'прописаться', 'прописать ребёнка', 'прописать ребенка', 'выписать из квартиры',
          'выписаться из квартиры', 'выписать бывшего жильца', 'аннулировать декларирование',
          'снять с учёта по месту жительства', 'согласие собственника', 'без места жительства',
          'регистрация по месту жительства',
          'propiska', 'deklarirovanie mesta zhitelstva',
        ],
      },
      en: {
        name: 'Declaration of place of residence',
        description:
          'Declaring your place of residence, registering a newborn or child at an address, removing a person who has moved out, recording people with no declared residence.',
        keywords: [
          'declaration of residence', 'declare my residence', 'declare place of residence',
          'residence registration', 'register my address', 'register the child at the address', 'deregister',
          'deregistration', 'remove the former tenant', 'cancel the declaration', "owner's consent",
          'no declared residence', 'registered address', 'place of residence',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-certificates',
    texts: {
      lt: {
        name: 'Seniūnijos išduodamos pažymos',
        description:
          'Pažymos apie deklaruotą gyvenamąją vietą ir šeimos sudėtį, parašo tikrumo liudijimas ir kiti seniūnijoje atliekami veiksmai.',
        keywords: [
          'pažyma', 'pazyma', 'pažymos', 'pazymos', 'pažymą', 'pažyma apie deklaruotą gyvenamąją vietą',
          'pazyma apie deklaruota gyvenamaja vieta', 'pažyma apie šeimos sudėtį', 'pazyma apie seimos sudeti',
          'šeimos sudėtis', 'seimos sudetis', 'seniūnijos pažyma', 'seniunijos pazyma', 'seniūnija', 'seniunija',
          'seniūnas', 'seniunas', 'parašo tikrumo liudijimas',
        ],
      },
      pl: {
        name: 'Zaświadczenia wydawane przez starostwo',
        description:
          'Zaświadczenia o zadeklarowanym miejscu zamieszkania i składzie rodziny, poświadczenie podpisu i inne czynności wykonywane w starostwie.',
        keywords: [
          'zaświadczenie', 'zaswiadczenie', 'zaświadczenia', 'zaswiadczenia',
          'zaświadczenie o miejscu zamieszkania', 'zaswiadczenie o miejscu zamieszkania',
          'zaświadczenie o składzie rodziny', 'zaswiadczenie o skladzie rodziny', 'skład rodziny',
          'sklad rodziny', 'starostwo', 'starostwie', 'starosta', 'seniūnija', 'seniunija',
          'poświadczenie podpisu', 'poswiadczenie podpisu',
        ],
      },
      ru: {
        name: 'Справки староства',
        description:
          'Справки о задекларированном месте жительства и составе семьи, заверение подлинности подписи и другие действия, выполняемые в старостве.',
        keywords: [
          'справка', 'справку', 'справки', 'справка о месте жительства', 'справка о составе семьи',
          'состав семьи', 'справка из староства', 'староство', 'староства', 'старостве', 'староста',
          'seniūnija', 'seniunija', 'заверение подписи', 'справка о задекларированном месте жительства',
          'spravka', 'starostvo',
        ],
      },
      en: {
        name: 'Certificates from the eldership',
        description:
          'Certificates of declared residence and family composition, certification of signatures and other services done at the eldership office.',
        keywords: [
          'certificate of residence', 'proof of address', 'certificate of declared residence',
          'family composition certificate', 'household composition', 'eldership certificate', 'eldership',
          'elderate', 'elderate office', 'seniūnija', 'seniunija', 'signature certification', 'certify my signature',
          'proof of residence',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-yard-cleaning',
    texts: {
      lt: {
        name: 'Kiemų ir viešųjų erdvių tvarkymas',
        description:
          'Daugiabučių kiemų, šaligatvių ir žaliųjų plotų valymas, lapų grėbimas, smėlio surinkimas pavasarį, žolės pjovimas ir talkos.',
        keywords: [
          'kiemas', 'kiemo', 'kieme', 'kiemų tvarkymas', 'kiemu tvarkymas', 'kiemo valymas', 'lapų grėbimas',
          'lapu grebimas', 'nesugrėbti lapai', 'nesugrebti lapai', 'smėlis ant šaligatvio',
          'smelis ant saligatvio', 'šaligatvio valymas', 'saligatvio valymas', 'teritorijos tvarkymas',
          'žolės pjovimas', 'zoles pjovimas', 'kiemsargis', 'talka',
        ],
      },
      pl: {
        name: 'Sprzątanie podwórek i terenów wspólnych',
        description:
          'Sprzątanie podwórek przy blokach, chodników i trawników, grabienie liści, zbieranie piasku wiosną, koszenie trawy i wspólne sprzątanie.',
        keywords: [
          'podwórko', 'podwórka', 'podworko', 'podworka', 'sprzątanie podwórka', 'sprzatanie podworka',
          'grabienie liści', 'grabienie lisci', 'niezgrabione liście', 'piasek na chodniku', 'sprzątanie chodnika',
          'sprzatanie chodnika', 'koszenie trawy', 'porządek na osiedlu', 'porzadek na osiedlu', 'dozorca',
          'sprzątanie terenu', 'czyn społeczny',
        ],
      },
      ru: {
        name: 'Уборка дворов и общественных мест',
        description:
          'Уборка дворов многоквартирных домов, тротуаров и газонов, сгребание листьев, уборка песка весной, покос травы и субботники.',
        keywords: [
          'двор дома', 'двора', 'во дворе', 'уборка двора', 'уборка дворов', 'сгребание листьев', 'листья во дворе',
          'песок на тротуаре', 'уборка тротуара', 'покос травы', 'косить траву', 'порядок во дворе', 'дворник',
          'дворника', 'субботник', 'благоустройство двора',
          'uborka dvora', 'dvornik',
        ],
      },
      en: {
        name: 'Yard and local area cleaning',
        description:
          'Cleaning courtyards of blocks of flats, pavements and lawns, raking leaves, sweeping up sand in spring, mowing and community clean-ups.',
        keywords: [
          'yard', 'courtyard', 'yard cleaning', 'clean the yard', 'raking leaves', 'leaves not raked',
          'sand on the pavement', 'sand on the sidewalk', 'pavement cleaning', 'grass cutting', 'mowing',
          'caretaker', 'janitor', 'community clean-up', 'tidy the yard',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-snow-clearing',
    texts: {
      lt: {
        name: 'Sniego valymas vietinėse gatvėse ir kiemuose',
        description:
          'Sniego ir ledo valymas vidinėse kvartalų gatvėse, kiemuose ir šaligatviuose, slidžių vietų barstymas smėliu ir druska.',
        keywords: [
          'sniegas', 'sniego', 'sniego valymas', 'nenuvalytas sniegas', 'nevalo sniego', 'ledas',
          'apledėjęs šaligatvis', 'apledejes saligatvis', 'slidu', 'slidus šaligatvis', 'barstymas',
          'pabarstyti smėliu', 'pabarstyti smeliu', 'druska', 'sniego pusnys', 'sniego krūvos', 'sniego kruvos',
          'neišvažiuoti iš kiemo',
        ],
      },
      pl: {
        name: 'Odśnieżanie lokalnych ulic i podwórek',
        description:
          'Odśnieżanie i usuwanie lodu z wewnętrznych ulic osiedli, podwórek i chodników, posypywanie śliskich miejsc piaskiem i solą.',
        keywords: [
          'śnieg', 'snieg', 'śniegu', 'sniegu', 'odśnieżanie', 'odsniezanie', 'nieodśnieżona ulica',
          'nieodsniezona ulica', 'nie odśnieżają', 'lód', 'oblodzony chodnik', 'ślisko', 'slisko',
          'posypać piaskiem', 'posypac piaskiem', 'sól', 'zaspy', 'gołoledź',
        ],
      },
      ru: {
        name: 'Уборка снега на местных улицах и во дворах',
        description:
          'Уборка снега и льда на внутриквартальных улицах, во дворах и на тротуарах, посыпка скользких мест песком и солью.',
        keywords: [
          'снег', 'снега', 'уборка снега', 'не чистят снег', 'не убирают снег', 'неубранный снег', 'лёд', 'лед на тротуаре',
          'гололёд', 'гололед', 'наледь', 'скользко', 'посыпать песком', 'посыпать солью', 'сугробы',
          'кучи снега', 'расчистить снег',
          'sneg', 'uborka snega',
        ],
      },
      en: {
        name: 'Snow clearing on local streets and yards',
        description:
          'Clearing snow and ice from streets inside residential blocks, yards and pavements, gritting slippery places with sand and salt.',
        keywords: [
          'snow', 'snow clearing', 'snow removal', 'snow not cleared', 'uncleared snow', 'black ice', 'icy pavement',
          'icy sidewalk', 'slippery', 'gritting', 'salt on the pavement', 'sand and salt', 'snowdrifts', 'piles of snow',
          'snow plough', 'snow plow',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-playgrounds',
    texts: {
      lt: {
        name: 'Vaikų žaidimų aikštelės ir suoliukai',
        description:
          'Vaikų žaidimų ir sporto aikštelių būklė, sulūžę įrenginiai, naujų aikštelių ir suoliukų kiemuose įrengimas.',
        keywords: [
          'žaidimų aikštelė', 'zaidimu aikstele', 'vaikų žaidimų aikštelė', 'vaiku zaidimu aikstele',
          'žaidimų aikštelės', 'sūpynės', 'supynes', 'čiuožykla', 'ciuozykla', 'smėlio dėžė', 'smelio deze',
          'sporto aikštelė', 'sporto aikstele', 'lauko treniruokliai', 'suoliukas', 'suoliukai', 'suoliuką',
          'suoliuka',
        ],
      },
      pl: {
        name: 'Place zabaw i ławki',
        description:
          'Stan placów zabaw i boisk, zepsute urządzenia, budowa nowych placów zabaw i ustawienie ławek na podwórkach.',
        keywords: [
          'plac zabaw', 'placu zabaw', 'place zabaw', 'huśtawka', 'hustawka', 'huśtawki', 'zepsuta huśtawka',
          'zjeżdżalnia', 'zjezdzalnia', 'piaskownica', 'boisko', 'siłownia plenerowa', 'silownia plenerowa',
          'ławka', 'lawka', 'ławki', 'lawki', 'ławkę',
        ],
      },
      ru: {
        name: 'Детские площадки и скамейки',
        description:
          'Состояние детских и спортивных площадок, сломанное оборудование, установка новых площадок и скамеек во дворах.',
        keywords: [
          'детская площадка', 'детской площадки', 'детскую площадку', 'качели', 'качелей', 'горка', 'горки',
          'песочница', 'спортивная площадка', 'тренажёры', 'тренажеры', 'уличные тренажёры', 'скамейка',
          'скамейки', 'скамейку', 'лавочка', 'лавочки',
          'skamejka', 'detskaja ploshhadka',
        ],
      },
      en: {
        name: 'Playgrounds and benches',
        description:
          'The state of playgrounds and sports grounds, broken equipment, new playgrounds and benches in residential yards.',
        keywords: [
          'playground', 'playgrounds', "children's playground", 'swing', 'swings', 'slide', 'sandpit', 'sandbox',
          'sports ground', 'outdoor gym', 'exercise equipment', 'bench', 'benches', 'broken swing', 'new bench',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-community-events',
    texts: {
      lt: {
        name: 'Vietos bendruomenė ir renginiai',
        description:
          'Bendruomenių iniciatyvos, kiemų ir kvartalų šventės, patalpos bendruomenės veiklai, bendruomeniniai daržai ir seniūnaičių veikla.',
        keywords: [
          'bendruomenė', 'bendruomene', 'bendruomenės', 'bendruomenes', 'bendruomenės šventė', 'kiemo šventė',
          'kiemo svente', 'renginys', 'renginio', 'vietos renginys', 'patalpos bendruomenei', 'seniūnaitis',
          'seniunaitis', 'seniūnaičiai', 'bendruomeninis daržas', 'bendruomeninis darzas', 'kaimynų šventė',
          'kaimynu svente',
        ],
      },
      pl: {
        name: 'Społeczność lokalna i wydarzenia',
        description:
          'Inicjatywy społeczności, festyny podwórkowe i osiedlowe, pomieszczenia dla społeczności, ogrody społeczne i działalność seniūnaitisów.',
        keywords: [
          'społeczność lokalna', 'spolecznosc lokalna', 'wspólnota lokalna', 'festyn', 'festynu',
          'festyn osiedlowy', 'impreza osiedlowa', 'święto podwórka', 'swieto podworka', 'wydarzenie lokalne',
          'sala dla mieszkańców', 'sala dla mieszkancow', 'seniūnaitis', 'seniunaitis', 'ogród społeczny',
          'ogrod spoleczny', 'dzień sąsiada',
        ],
      },
      ru: {
        name: 'Местная община и мероприятия',
        description:
          'Инициативы общин, праздники двора и квартала, помещения для деятельности общины, общественные огороды и работа старост кварталов (сянюнайтисов).',
        keywords: [
          'община', 'общины', 'местная община', 'праздник двора', 'праздник района', 'районный праздник',
          'мероприятие', 'местное мероприятие', 'помещение для общины', 'seniūnaitis', 'сянюнайтис',
          'староста квартала', 'общественный огород', 'день соседей', 'ёлка во дворе', 'елка во дворе',
          'prazdnik dvora', 'obshhina',
        ],
      },
      en: {
        name: 'Local community and events',
        description:
          'Community initiatives, yard and neighbourhood festivals, rooms for community activities, community gardens and the work of local representatives (seniūnaičiai).',
        keywords: [
          'community', 'local community', 'neighbourhood festival', 'neighborhood festival', 'street party',
          'yard party', 'local event', 'community event', 'room for the community', 'community space',
          'seniūnaitis', 'community garden', "neighbours' day", 'christmas tree in the yard', 'community initiative',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-animals-neighbourhood-order',
    texts: {
      lt: {
        name: 'Beglobiai gyvūnai ir tvarka kaimynystėje',
        description:
          'Beglobiai šunys ir katės, kiemuose palikti automobiliai, apleisti sklypai ir kiti kaimynystės tvarkos klausimai.',
        keywords: [
          'benamiai šunys', 'benamiai sunys', 'beglobiai gyvūnai', 'beglobiai gyvunai', 'benamės katės',
          'benames kates', 'katės rūsyje', 'balandžių lesinimas', 'balandžiai', 'žiurkės', 'ziurkes',
          'paliktas automobilis', 'apleistas automobilis', 'automobilis be numerių', 'automobilis be numeriu',
          'apleistas sklypas', 'šunų ekskrementai', 'sunu ekskrementai',
        ],
      },
      pl: {
        name: 'Bezdomne zwierzęta i porządek w sąsiedztwie',
        description:
          'Bezpańskie psy i koty, samochody porzucone na podwórkach, zaniedbane działki i inne sprawy porządku w okolicy.',
        keywords: [
          'bezpańskie psy', 'bezpanskie psy', 'bezdomne zwierzęta', 'bezdomne zwierzeta', 'bezdomne koty',
          'koty w piwnicy', 'dokarmianie gołębi', 'dokarmianie golebi', 'gołębie', 'szczury',
          'porzucony samochód', 'porzucony samochod', 'wrak samochodu', 'samochód bez tablic',
          'zaniedbana działka', 'zaniedbana dzialka', 'psie kupy',
        ],
      },
      ru: {
        name: 'Бездомные животные и порядок в округе',
        description:
          'Бродячие собаки и кошки, брошенные во дворах машины, заброшенные участки и другие вопросы порядка по соседству.',
        keywords: [
          'бездомные собаки', 'бродячие собаки', 'бездомные животные', 'бездомные кошки', 'кошки в подвале',
          'кормят голубей', 'голуби', 'крысы', 'брошенная машина', 'брошенный автомобиль', 'машина без номеров',
          'автомобиль без номеров', 'заброшенный участок', 'запущенный участок', 'собачьи экскременты',
          'выгул собак',
          'brodjachie sobaki', 'broshennaja mashina',
        ],
      },
      en: {
        name: 'Stray animals and neighbourhood order',
        description:
          'Stray dogs and cats, cars abandoned in yards, neglected plots and other matters of order in the neighbourhood.',
        keywords: [
          'stray dogs', 'stray cats', 'stray animals', 'homeless animals', 'cats in the basement',
          'feeding pigeons', 'pigeons', 'rats', 'abandoned car', 'car without number plates', 'wrecked car',
          'neglected plot', 'overgrown plot', 'dog mess', 'dog fouling',
        ],
      },
    },
  },
  {
    department: 'eldership',
    slug: 'eldership-local-roads',
    texts: {
      lt: {
        name: 'Žvyrkeliai ir kvartalų privažiavimai',
        description:
          'Žvyruotų gatvių lyginimas (greideriavimas), duobės kvartalų privažiavimuose ir vidiniuose keliukuose, dulkių mažinimas privačių namų kvartaluose.',
        keywords: [
          'žvyrkelis', 'zvyrkelis', 'žvyruota gatvė', 'zvyruota gatve', 'žvyruotos gatvės', 'greideriavimas',
          'greideriuoti', 'išgreideriuoti', 'duobės kieme', 'duobes kieme', 'privažiavimas', 'privaziavimas',
          'privažiavimo kelias', 'vidinis kelias', 'kvartalo keliukas', 'dulkės', 'balos kieme',
          'privačių namų kvartalas',
        ],
      },
      pl: {
        name: 'Drogi gruntowe i dojazdy osiedlowe',
        description:
          'Równanie dróg żwirowych, dziury na dojazdach i drogach wewnętrznych osiedli, ograniczanie kurzu na osiedlach domów jednorodzinnych.',
        keywords: [
          'droga gruntowa', 'droga szutrowa', 'ulica żwirowa', 'ulica zwirowa', 'żwirówka', 'zwirowka',
          'równanie drogi', 'rownanie drogi', 'równiarka', 'dziury na podwórku', 'dziury na podworku',
          'dojazd do domu', 'droga osiedlowa', 'droga wewnętrzna', 'droga wewnetrzna', 'kurz', 'kałuże', 'kaluze',
        ],
      },
      ru: {
        name: 'Грунтовые дороги и внутриквартальные проезды',
        description:
          'Грейдирование гравийных улиц, ямы на внутриквартальных проездах и дорогах, борьба с пылью в кварталах частных домов.',
        keywords: [
          'грунтовая дорога', 'гравийная дорога', 'гравийка', 'щебёночная дорога', 'щебеночная дорога',
          'грейдирование', 'выровнять дорогу', 'грейдер', 'ямы во дворе', 'внутриквартальный проезд',
          'проезд к дому', 'подъезд к дому', 'дорога в частном секторе', 'пыль', 'большие лужи', 'лужи во дворе',
          'gruntovaja doroga', 'jamy vo dvore',
        ],
      },
      en: {
        name: 'Gravel roads and local access roads',
        description:
          'Grading gravel streets, potholes in access roads and internal roads of residential areas, reducing dust in areas of private houses.',
        keywords: [
          'gravel road', 'gravel street', 'dirt road', 'unpaved road', 'grading the road', 'grader',
          'level the road', 'potholes in the yard', 'access road', 'driveway to the houses', 'internal road',
          'estate road', 'dust from the road', 'puddles', 'private housing area',
        ],
      },
    },
  },
  // ─── city-administration: everything that fits no department above ──────────────
  {
    department: 'city-administration',
    slug: 'city-urban-planning',
    texts: {
      lt: {
        name: 'Teritorijų planavimas',
        description:
          'Bendrasis ir detalieji planai, jų viešas svarstymas, gyventojų pastabos ir prieštaravimai, žemės naudojimo paskirties keitimas.',
        keywords: [
          'detalusis planas', 'detaliojo plano', 'detalųjį planą', 'detaluji plana', 'bendrasis planas',
          'bendrojo plano', 'teritorijų planavimas', 'teritoriju planavimas', 'viešas svarstymas',
          'viesas svarstymas', 'pastabos dėl plano', 'prieštaravimas planui', 'žemės paskirties keitimas',
          'zemes paskirties keitimas', 'užstatymas', 'uzstatymas', 'urbanistika', 'specialusis planas',
        ],
      },
      pl: {
        name: 'Planowanie przestrzenne',
        description:
          'Plan ogólny i plany szczegółowe, konsultacje społeczne, uwagi i sprzeciwy mieszkańców, zmiana przeznaczenia gruntu.',
        keywords: [
          'plan szczegółowy', 'plan szczegolowy', 'planu szczegółowego', 'planu szczegolowego', 'plan ogólny',
          'plan ogolny', 'planu ogólnego', 'planowanie przestrzenne', 'planowania przestrzennego',
          'konsultacje społeczne', 'konsultacje spoleczne', 'uwagi do planu', 'sprzeciw wobec planu',
          'zmiana przeznaczenia działki', 'zmiana przeznaczenia dzialki', 'zabudowa', 'urbanistyka',
          'plan zagospodarowania',
        ],
      },
      ru: {
        name: 'Территориальное планирование',
        description:
          'Генеральный и детальные планы, их публичное обсуждение, замечания и возражения жителей, изменение назначения земли.',
        keywords: [
          'детальный план', 'детального плана', 'генеральный план', 'генплан', 'общий план',
          'территориальное планирование', 'планирование территории', 'публичное обсуждение',
          'общественное обсуждение', 'замечания к плану', 'возражение против плана',
          'изменение назначения земли', 'застройка', 'плотность застройки', 'градостроительство',
          'специальный план',
          'detalnyj plan', 'genplan',
        ],
      },
      en: {
        name: 'Urban planning',
        description:
          'The master plan and detailed plans, public consultation, residents’ comments and objections, changes of land use.',
        keywords: [
          'detailed plan', 'master plan', 'general plan', 'zoning', 'spatial planning', 'urban planning',
          'public consultation', 'public hearing', 'comments on the plan', 'objection to the plan',
          'change of land use', 'land use', 'development density', 'high-rise development', 'special plan',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-construction-permits',
    texts: {
      lt: {
        name: 'Statybos leidimai ir statybvietės',
        description:
          'Statybą leidžiantys dokumentai, statybos projektų viešinimas, statybų triukšmas ir darbai naktį, savavališkos statybos.',
        keywords: [
          'statybos leidimas', 'statybos leidimo', 'statybą leidžiantis dokumentas',
          'statyba leidziantis dokumentas', 'statybos projektas', 'statybvietė', 'statybviete',
          'statybos triukšmas', 'statybos triuksmas', 'statybos darbai naktį', 'statybos darbai nakti',
          'savavališka statyba', 'savavaliska statyba', 'infostatyba', 'rekonstrukcija', 'statytojas',
          'statybų kranas',
        ],
      },
      pl: {
        name: 'Pozwolenia na budowę i place budowy',
        description:
          'Dokumenty zezwalające na budowę, publiczne przedstawienie projektów budowlanych, hałas z budów i prace w nocy, samowola budowlana.',
        keywords: [
          'pozwolenie na budowę', 'pozwolenie na budowe', 'pozwolenia na budowę', 'pozwolenia na budowe',
          'dokument zezwalający na budowę', 'projekt budowlany', 'plac budowy', 'hałas z budowy',
          'halas z budowy', 'prace budowlane w nocy', 'budowa w nocy', 'samowola budowlana', 'nielegalna budowa',
          'infostatyba', 'przebudowa', 'dźwig', 'dzwig', 'deweloper',
        ],
      },
      ru: {
        name: 'Разрешения на строительство и стройплощадки',
        description:
          'Документы, разрешающие строительство, публичное представление строительных проектов, шум от строек и работы ночью, самовольное строительство.',
        keywords: [
          'разрешение на строительство', 'разрешения на строительство', 'документ, разрешающий строительство',
          'строительный проект', 'стройка', 'стройки', 'стройплощадка', 'шум от стройки',
          'строительные работы ночью', 'стройка ночью', 'самовольное строительство', 'самострой',
          'незаконная стройка', 'infostatyba', 'реконструкция', 'подъёмный кран', 'застройщик',
          'razreshenie na stroitelstvo', 'strojka',
        ],
      },
      en: {
        name: 'Construction permits and building sites',
        description:
          'Documents permitting construction, public presentation of building projects, construction noise and night works, unauthorised building.',
        keywords: [
          'building permit', 'construction permit', 'planning permission', 'construction project',
          'construction site', 'building site', 'construction noise', 'noise from the building site',
          'construction works at night', 'night works', 'unauthorised construction', 'illegal construction',
          'infostatyba', 'reconstruction', 'crane', 'developer',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-street-repair',
    texts: {
      lt: {
        name: 'Gatvių, šaligatvių ir dviračių takų remontas',
        description:
          'Pagrindinių miesto gatvių, šaligatvių ir dviračių takų remontas ir tiesimas, duobės, asfaltas, gatvių rekonstrukcija.',
        keywords: [
          'gatvės remontas', 'gatves remontas', 'gatvių remontas', 'kelio remontas', 'duobė', 'duobe',
          'duobės gatvėje', 'duobes gatveje', 'asfaltas', 'asfalto', 'naujas asfaltas', 'šaligatvis', 'saligatvis',
          'šaligatvio remontas', 'dviračių takas', 'dviraciu takas', 'gatvės rekonstrukcija', 'bortelis', 'grinda',
        ],
      },
      pl: {
        name: 'Remont ulic, chodników i dróg rowerowych',
        description:
          'Remont i budowa głównych ulic miasta, chodników i dróg rowerowych, dziury w jezdni, asfalt, przebudowa ulic.',
        keywords: [
          'remont ulicy', 'remont ulic', 'remont drogi', 'dziura w jezdni', 'dziury w drodze', 'wyboje', 'asfalt',
          'nowy asfalt', 'nawierzchnia', 'chodnik', 'remont chodnika', 'ścieżka rowerowa', 'sciezka rowerowa',
          'droga rowerowa', 'przebudowa ulicy', 'krawężnik', 'kraweznik', 'grinda',
        ],
      },
      ru: {
        name: 'Ремонт улиц, тротуаров и велодорожек',
        description:
          'Ремонт и строительство главных улиц города, тротуаров и велодорожек, ямы, асфальт, реконструкция улиц.',
        keywords: [
          'ремонт улицы', 'ремонт улиц', 'ремонт дороги', 'яма на дороге', 'ямы на дороге', 'выбоины', 'асфальт',
          'новый асфальт', 'дорожное покрытие', 'тротуар', 'ремонт тротуара', 'велодорожка',
          'велосипедная дорожка', 'реконструкция улицы', 'бордюр', 'ямочный ремонт', 'grinda',
          'remont dorogi', 'jama na doroge',
        ],
      },
      en: {
        name: 'Street, pavement and cycle path repair',
        description:
          'Repairing and building the city’s main streets, pavements and cycle paths, potholes, asphalt, street reconstruction.',
        keywords: [
          'road repair', 'street repair', 'pothole', 'potholes', 'asphalt', 'resurfacing', 'road surface',
          'pavement', 'sidewalk', 'pavement repair', 'cycle path', 'bike lane', 'bicycle path',
          'street reconstruction', 'kerb', 'curb', 'grinda',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-trees-green-areas',
    texts: {
      lt: {
        name: 'Medžiai, parkai ir žalieji plotai',
        description:
          'Medžių kirtimas, genėjimas ir sodinimas, pavojingi medžiai, parkų ir skverų priežiūra, želdynų apsauga.',
        keywords: [
          'medis', 'medžiai', 'medziai', 'medžių kirtimas', 'medziu kirtimas', 'nukirsti medį', 'kirsti medžius',
          'medžių genėjimas', 'medziu genejimas', 'pavojingas medis', 'nuvirtęs medis', 'nuvirtes medis',
          'medžių sodinimas', 'parkas', 'parke', 'skveras', 'želdynai', 'zeldynai', 'žalieji plotai',
        ],
      },
      pl: {
        name: 'Drzewa, parki i tereny zielone',
        description:
          'Wycinka, przycinanie i sadzenie drzew, niebezpieczne drzewa, utrzymanie parków i skwerów, ochrona zieleni miejskiej.',
        keywords: [
          'drzewo', 'drzewa', 'drzew', 'wycinka drzew', 'wycięcie drzewa', 'wyciecie drzewa', 'przycinka drzew',
          'niebezpieczne drzewo', 'przewrócone drzewo', 'przewrocone drzewo', 'sadzenie drzew', 'parku',
          'w parku', 'skwer', 'tereny zielone', 'zieleń miejska', 'zielen miejska',
        ],
      },
      ru: {
        name: 'Деревья, парки и зелёные зоны',
        description:
          'Вырубка, обрезка и посадка деревьев, опасные деревья, уход за парками и скверами, охрана городской зелени.',
        keywords: [
          'дерево', 'деревья', 'деревьев', 'вырубка деревьев', 'спилить дерево', 'спил деревьев',
          'обрезка деревьев', 'опасное дерево', 'упало дерево', 'упавшее дерево', 'посадка деревьев', 'парки',
          'парке', 'сквер', 'зелёные зоны', 'зеленые зоны', 'озеленение',
          'derevja', 'vyrubka derevev',
        ],
      },
      en: {
        name: 'Trees, parks and green areas',
        description:
          'Felling, pruning and planting trees, dangerous trees, upkeep of parks and squares, protection of urban greenery.',
        keywords: [
          'the tree', 'trees', 'tree felling', 'cut down the tree', 'tree cutting', 'pruning', 'dangerous tree',
          'fallen tree', 'tree planting', 'the park', 'parks', 'public square', 'green areas', 'green spaces', 'greenery',
          'lawn',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-complaints-officials',
    texts: {
      lt: {
        name: 'Skundai dėl darbuotojų ir aptarnavimo kokybės',
        description:
          'Skundai dėl savivaldybės darbuotojų elgesio, vėluojančių atsakymų, vilkinimo ir klientų aptarnavimo kokybės.',
        keywords: [
          'skundas dėl darbuotojo', 'skundas del darbuotojo', 'valdininkas', 'valdininkai', 'valdininko',
          'valdininkų', 'valdininku', 'darbuotojo elgesys', 'nemandagus darbuotojas', 'aptarnavimo kokybė',
          'aptarnavimo kokybe', 'klientų aptarnavimas', 'klientu aptarnavimas', 'neatsakė į laišką',
          'neatsake i laiska', 'vilkinimas', 'biurokratija', 'piktnaudžiavimas',
        ],
      },
      pl: {
        name: 'Skargi na urzędników i jakość obsługi',
        description:
          'Skargi na zachowanie pracowników samorządu, opóźnione odpowiedzi, przewlekłość spraw i jakość obsługi klientów.',
        keywords: [
          'skarga na urzędnika', 'skarga na urzednika', 'urzędnik', 'urzednik', 'urzędnicy', 'urzednicy',
          'urzędniczka', 'zachowanie pracownika', 'niegrzeczny urzędnik', 'jakość obsługi', 'jakosc obslugi',
          'obsługa klienta', 'obsluga klienta', 'brak odpowiedzi', 'przewlekłość', 'przewleklosc',
          'biurokracja', 'opieszałość',
        ],
      },
      ru: {
        name: 'Жалобы на чиновников и качество обслуживания',
        description:
          'Жалобы на поведение сотрудников самоуправления, задержку ответов, волокиту и качество обслуживания клиентов.',
        keywords: [
          'жалоба на сотрудника', 'жалоба на чиновника', 'чиновник', 'чиновники', 'чиновника', 'чиновников',
          'поведение сотрудника', 'грубый сотрудник', 'хамство', 'качество обслуживания', 'обслуживание клиентов',
          'не ответили на письмо', 'волокита', 'бюрократия', 'затягивание', 'злоупотребление',
          'zhaloba na chinovnika', 'chinovnik',
        ],
      },
      en: {
        name: 'Complaints about officials and service quality',
        description:
          'Complaints about the conduct of municipal staff, late replies, delays in handling matters and the quality of customer service.',
        keywords: [
          'complaint about an official', 'complaint about staff', 'municipal official', 'municipal officials', 'civil servant',
          'rude staff', 'rude official', 'behaviour of the employee', 'quality of service', 'customer service',
          'no reply to my letter', 'never answered', 'red tape', 'bureaucracy', 'abuse of office',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-public-information',
    texts: {
      lt: {
        name: 'Viešosios informacijos teikimas',
        description:
          'Prašymai pateikti savivaldybės turimą informaciją ir dokumentus: sutartis, viešuosius pirkimus, biudžetą, tarybos sprendimus.',
        keywords: [
          'vieša informacija', 'viešoji informacija', 'viesoji informacija', 'pateikti informaciją',
          'pateikti informacija', 'informacijos pateikimas', 'teisė gauti informaciją', 'dokumentų kopijos',
          'viešieji pirkimai', 'viesieji pirkimai', 'savivaldybės biudžetas', 'savivaldybes biudzetas',
          'tarybos sprendimas', 'tarybos sprendimai', 'savivaldybės sutartys', 'skaidrumas', 'išlaidos',
        ],
      },
      pl: {
        name: 'Dostęp do informacji publicznej',
        description:
          'Wnioski o udostępnienie informacji i dokumentów będących w posiadaniu samorządu: umów, zamówień publicznych, budżetu, uchwał rady.',
        keywords: [
          'informacja publiczna', 'informacji publicznej', 'dostęp do informacji', 'dostep do informacji',
          'udostępnienie informacji', 'udostepnienie informacji', 'prawo do informacji', 'kopie dokumentów',
          'zamówienia publiczne', 'zamowienia publiczne', 'budżet miasta', 'budzet miasta', 'uchwały rady',
          'uchwaly rady', 'umowy samorządu', 'wydatki', 'przejrzystość',
        ],
      },
      ru: {
        name: 'Предоставление публичной информации',
        description:
          'Запросы о предоставлении информации и документов самоуправления: договоров, госзакупок, бюджета, решений совета.',
        keywords: [
          'публичная информация', 'публичной информации', 'доступ к информации', 'предоставить информацию',
          'предоставление информации', 'право на информацию', 'копии документов', 'государственные закупки',
          'публичные закупки', 'бюджет города', 'бюджет самоуправления', 'решения совета', 'решение совета',
          'договоры самоуправления', 'расходы', 'прозрачность',
          'publichnaja informacija', 'dostup k informacii',
        ],
      },
      en: {
        name: 'Requests for public information',
        description:
          'Requests for information and documents held by the municipality: contracts, public procurement, the budget, council decisions.',
        keywords: [
          'public information', 'access to information', 'freedom of information', 'foi', 'provide information',
          'right to information', 'copies of documents', 'public procurement', 'tender', 'city budget',
          'municipal budget', 'council decisions', 'council decision', 'municipal contracts', 'spending',
          'transparency',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-street-lighting',
    texts: {
      lt: {
        name: 'Gatvių apšvietimas',
        description:
          'Neveikiantys ar dieną šviečiantys gatvių žibintai, apšvietimo trūkumas gatvėse, parkuose ir prie perėjų, naujo apšvietimo įrengimas.',
        keywords: [
          'gatvių apšvietimas', 'gatviu apsvietimas', 'apšvietimas', 'apsvietimas', 'žibintas', 'zibintas',
          'žibintai', 'zibintai', 'žibinto', 'neveikia žibintas', 'nešviečia žibintas', 'nesviecia zibintas',
          'šviestuvas', 'šviestuvai', 'tamsu gatvėje', 'tamsu gatveje', 'apšvietimo stulpas', 'šviečia dieną',
        ],
      },
      pl: {
        name: 'Oświetlenie ulic',
        description:
          'Niedziałające lub świecące w dzień latarnie, brak oświetlenia na ulicach, w parkach i przy przejściach, montaż nowego oświetlenia.',
        keywords: [
          'oświetlenie ulic', 'oswietlenie ulic', 'oświetlenie', 'oswietlenie', 'latarnia', 'latarnie', 'latarni',
          'nie świeci latarnia', 'nie swieci latarnia', 'zepsuta latarnia', 'lampa uliczna', 'ciemno na ulicy',
          'słup oświetleniowy', 'slup oswietleniowy', 'świeci w dzień', 'swieci w dzien', 'brak oświetlenia',
          'brak oswietlenia',
        ],
      },
      ru: {
        name: 'Уличное освещение',
        description:
          'Неработающие или горящие днём уличные фонари, нехватка освещения на улицах, в парках и у переходов, установка нового освещения.',
        keywords: [
          'уличное освещение', 'освещение', 'освещения', 'фонарь', 'фонари', 'фонаря', 'не горит фонарь',
          'не работает фонарь', 'сломанный фонарь', 'светильник', 'темно на улице', 'столб освещения',
          'фонарный столб', 'горят днём', 'горят днем', 'нет освещения',
          'fonar', 'ne gorit fonar',
        ],
      },
      en: {
        name: 'Street lighting',
        description:
          'Street lamps that do not work or stay on during the day, poorly lit streets, parks and crossings, installing new lighting.',
        keywords: [
          'street lighting', 'street light', 'street lights', 'streetlight', 'street lamp', 'lamp post',
          'lamppost', 'light not working', 'broken street light', 'dark street', 'no lighting',
          'lights on during the day', 'lighting pole', 'lighting', 'unlit',
        ],
      },
    },
  },
  {
    department: 'city-administration',
    slug: 'city-other',
    texts: {
      lt: {
        name: 'Kiti savivaldybės klausimai',
        description:
          'Pasiūlymai miestui, savivaldybės e. paslaugos ir interneto svetainė, grafitai ant viešųjų pastatų, gatvių pavadinimai, paminklai ir kiti klausimai, nepriskirti kitoms sritims.',
        keywords: [
          'pasiūlymas miestui', 'pasiulymas miestui', 'savivaldybės interneto svetainė', 'vilnius.lt',
          'e. paslaugos', 'e paslaugos', 'elektroninės paslaugos', 'grafitai', 'grafiti', 'paminklas',
          'paminklo', 'gatvės pavadinimas', 'gatvių pavadinimai', 'dvikalbės lentelės', 'meras', 'mero',
          'savivaldybės taryba', 'savivaldybes taryba',
        ],
      },
      pl: {
        name: 'Inne sprawy samorządu',
        description:
          'Propozycje dla miasta, e-usługi i strona internetowa samorządu, graffiti na budynkach publicznych, nazwy ulic, pomniki i inne sprawy nieprzypisane do innych działów.',
        keywords: [
          'propozycja dla miasta', 'strona internetowa samorządu', 'strona samorzadu', 'vilnius.lt', 'e-usługi',
          'e-uslugi', 'usługi elektroniczne', 'uslugi elektroniczne', 'graffiti', 'pomnik', 'pomnika',
          'nazwa ulicy', 'nazwy ulic', 'dwujęzyczne tabliczki', 'dwujezyczne tabliczki', 'nazwami ulic', 'mer miasta', 'mera miasta',
          'rada samorządu', 'rada miasta',
        ],
      },
      ru: {
        name: 'Прочие вопросы самоуправления',
        description:
          'Предложения для города, электронные услуги и сайт самоуправления, граффити на общественных зданиях, названия улиц, памятники и другие вопросы, не относящиеся к другим отделам.',
        keywords: [
          'предложение для города', 'сайт самоуправления', 'vilnius.lt', 'электронные услуги', 'э-услуги',
          'граффити', 'памятник', 'памятника', 'название улицы', 'названия улиц', 'двуязычные таблички',
          'таблички с названиями улиц', 'мэр', 'мэра', 'совет самоуправления', 'городской совет', 'мэрия',
          'pamjatnik', 'nazvanie ulicy',
        ],
      },
      en: {
        name: 'Other municipal matters',
        description:
          'Suggestions for the city, the municipality’s e-services and website, graffiti on public buildings, street names, monuments and anything not covered elsewhere.',
        keywords: [
          'suggestion for the city', 'municipality website', 'vilnius.lt', 'e-services', 'online services',
          'website error', 'graffiti', 'monument', 'memorial', 'street name', 'street names', 'bilingual signs',
          'mayor', "mayor's office", 'city council', 'town hall',
        ],
      },
    },
  },
];
