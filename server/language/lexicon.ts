/**
 * Function words and the everyday words of a letter, per language, as residents type them.
 * Latin words are stored folded (no diacritics: "prasau" stands for "prašau" and "prasau"),
 * so a text typed without diacritics finds them as well. "ruLatin" is Russian typed in Latin
 * letters, in the spellings people actually use ("pozhaluysta", "pozhalujsta", "pojaluista").
 * A word that belongs to several languages is listed in each: it then favours none of them.
 * Written from knowledge of the languages, not from any test text. Pure data.
 */
import type { DetectableLanguage } from './language.js';

export type LexiconLanguage = DetectableLanguage | 'ruLatin';

const WORDS: Readonly<Record<LexiconLanguage, string>> = {
  lt: `
    ir yra buvo bus butu esu esame yra kad bet ar su del nuo iki per po apie prie ant be jau dar tik labai kaip kur kai kas
    kuris kuri kurie kurio kurios kuriame kurioje kuriuo tai tas ta to tos tuo ta jis ji jie jos jo ju jam jai jiems mano
    man mane mes mus mums jus jums jusu musu savo sis si sio sios siuo sia siame sioje nes taip pat ne nera neturi turi
    turiu turime gali galima galetumete galeciau reikia reiketu prasau prasome prasyciau laba diena pagarbiai aciu dekoju
    dekojame metu men tarp tiek kiek arba bei jei jeigu todel nors vis visi visus visa viskas buto namo gatves mieste
    savivaldybes isduoti gyvenu gyvename noreciau norime norejau vaikai vaiku toks tokia tokie dabar siandien vakar rytoj
    kartu nebe vienas viena du trys net gal tiesiog daugiau maziau kodel niekas nieko kazkas mums mane mano musu jusu
    sveiki gerbiamieji gerbiamas gerbiama gerbiamoji informuoju informuojame pranesu kreipiuosi kreipiames atsakyma
    atsakymo prasymas prasymo prasyma skundas skundo pazyma pazymos pazymejimas dokumentus dokumentu kopija kopijos
    sutartis sutarties mokestis mokesti mokescio saskaita saskaitos butas bute namas name kieme gatve gatveje
    savivaldybe savivaldybei seniunija seniunijos adresas adresu telefonas vardu pavarde metais metu menesi menesio
    dienos dieni kiekviena kiekviena visada niekada kartais labiau nei negu kadangi vietoj tada tuomet cia ten
    as tu tau jam jai tavo visi viskas niekas niekam kazkas kazkur tada dabar cia ten gerai blogai didelis didele
    mazas maza metai zmogus zmones zmoniu sake sako zino nezino mato eina ateina daryti daro vieta vietos tiesa itin
    juk beveik visai gana vos tuomet vel taciau nuolat galbut kiekvienas kitas kita kiti kitu kitos pirmas pirma
    naujas nauja senas sena geras gera viena vienas dvi du tris kelis kelios daug mazai bent visiskai neseniai
    paskui veliau anksciau dabar metais laiko laikas dienos dienas vaikas vaikai sakydamas sake buvusi buves kuomet
  `,
  pl: `
    i w we z ze na do od po przez dla przy bez pod nad o u oraz ale lub albo czy ze sie nie jest sa byl byla bylo byly
    beda bedzie jak jaki jaka jakie ktory ktora ktore ktorego ktorej ktorym ktorych ten ta to te tego tej tym tych juz
    jeszcze tylko bardzo takze rowniez tez mnie mi moj moja moje mojego mojej moim nasz nasza nasze naszego naszej pan
    pani panstwo prosze uprzejmie szanowni szanowny szanowna szanowne dzien dobry dziekuje dziekujemy powazaniem
    pozdrawiam mieszkanie mieszkania mieszkaniu ulicy jezeli jesli poniewaz gdy kiedy gdzie co sobie siebie jego jej
    ich nich niego mam mamy ma moze mozna musi trzeba chce chcialbym chcialabym zostal zostala zostalo zwracam sie
    roku dnia zl nic wszystko wszyscy kazdy bo wiec jednak natomiast aby zeby sam sama tak tu tutaj teraz dzis
    wczoraj jutro tym tamtym sprawie sprawy prosba prosbe wniosek wniosku skarga skargi zaswiadczenie zaswiadczenia
    umowa umowy umowe oplata oplaty rachunek rachunku dom domu budynku budynek podwork kwietnia maja czerwca lipca
    sierpnia wrzesnia pazdziernika listopada grudnia stycznia lutego marca mojego mojej zamieszkaly zamieszkala
    mieszkam mieszkamy miasta miescie samorzadu administracji prosimy nalezy byc bylem bylam mialem mialam wlasnie
    dlaczego poniewaz jakis jakas nikt nigdy zawsze czasem wiecej mniej niz ponad okolo podczas wedlug wobec miedzy
  `,
  lv: `
    un ir ka ar no uz par pie bet vai ja kas to tas ta vins vina vini vinas mes jus es man mums jums sev sava savu savas
    ari jau vel tikai loti nav bija bus var tiek tika kur kad lai jo ne nu gan pec pret starp saja sis si so sie tie tam
    tai tad tagad lidz kopa vairak mazak viens divi tris gadu gada gads laiku valsts latvijas rigas sadu tada tadu sava
    savam kura kuru kuri kuras kuram kam kadu kada sakuma beigas cilveki cilveku darbu darba tiesibas tiesibu likuma
    likums saskana jaunu jauna lielu liela mazu maza vienu visu visi visas citi citu cita sakot sacija teica esot
    butu kamer lidzigi tapat tomer tacu vismaz iespejams jabut varetu vajadzetu ari
    viss nekas neviens kaut vairs vien sevi mani tevi vinu vinas viniem seit tur te kapec kurs teica saka zina
    nezina redz iet nak darit dara labi slikti liels diena dienu laiks laika cilveks tu tev vinam kads kada vins
    ari tomer gandriz jebkurs katrs cits cita citi pirmais pirma jauns jauna vecs veca labs laba maz daudz divas
    musu jusu vinu savs sava tikko velak agrak pirms pedeja pedejo sodien rit vakar tapec tadel tiks tiktu bijis
  `,
  en: `
    the and of to a in is that it for on with as was be are this have has had not but at by from or an they we you i my
    our your he she his her their there which would could should will can do does did been were if so what when who how
    all about please thank thanks dear regards sincerely me us them no yes any some out up one also just more than then
    into because since only very still after before these those its it's i'm don't can't we're over such other here
    why where while until each both few most own same too again further once under between through during without
    within against among hello hi kind best wishes yours faithfully truly look forward hear soon letter write writing
    said says get got make made go went know think see like time people year years way day man woman new first last
    good well much many even back there where now never always something nothing anything everything someone
    everyone thing things really great little own right old big long high small large next early young important
  `,
  de: `
    der die das und ist nicht ich sie es wir ein eine einen einem einer mit von zu auf fur den dem des im in auch sich
    sind war wird werden haben hat bitte danke sehr geehrte geehrter geehrten freundlichen grussen aber oder wenn dass
    wie was noch nach bei uber aus um kann muss meine mein meiner meinen ihre ihr ihnen uns unser unsere diese dieser
    dieses zum zur vom beim hier jetzt schon nur mehr keine kein kennen konnen mochte mochten wurde wurden hatte
    hatten gibt sowie damit dafur dabei seit bis ohne gegen unter zwischen wegen
  `,
  ruLatin: `
    ya my vy on ona oni eto etot eta eti chto shto kak tak uzhe uje yeshche eshche esche eshe tolko ochen moy moi moya
    moja moyo moye nash nasha nashe vash vasha vashe menya mne nas vas ikh ih yego ego yeyo eyo yee ee ey ej yemu emu
    byl byla bylo byli budet budut yest est net mozhno mojno nuzhno nujno proshu prosim pozhaluysta pozhalujsta pojaluysta
    pojaluista pozhaluista spasibo blagodaryu zdravstvuyte zdravstvujte zdrastvuyte zdrastvujte zdravstvuite dobryy
    dobryj dobriy dobrij dobroe den dnya uvazhaemye uvazhaemyy uvazhaemyj uvazhaemaya uvazheniem uvazhenie kvartira
    kvartiry kvartire kvartiru doma ulitsa ulitse ulica ulice goda godu potomu chtoby shtoby kogda gde kuda pochemu
    yesli esli ili tozhe takzhe mozhet khochu hochu khotel hotel khotela hotela khoteli hoteli by seychas sejchas
    segodnya segodnja vchera zavtra vse vsyo vsem vsekh kotoryy kotoryj kotoraya kotoroe kotorye kotorykh svoy svoj
    svoyu svoey nam im nichego nikto pomogite pomoch pomoshch problema problemu vopros otvet otveta zayavlenie zajavlenie
    schet schyot schet schetchik schyotchik schetchika shchetchik oplata oplatu oplatit platit platyu dengi uzhe ne
    dlya bolshe menshe mesyats mesyatsa nedelyu nedeli skolko pochemu vmesto posle mezhdu cherez pered okolo
  `,
  ru: `
    и в во не на с со что это как так также который которая которые которое его её ее они мы вы я он она был была было
    были будет есть нет очень уже ещё еще только когда где чтобы если или но а к ко по о об от до из за для при после
    между прошу пожалуйста здравствуйте уважаемые уважаемый уважаемая спасибо можно нужно меня мне нас вас их ему ей
    этот эта эти этого этом всё все всех свой свою своей потому почему сейчас сегодня вчера завтра хочу хотел хотела
    квартира квартиры квартире дом дома улица улице года году ответ вопрос просим благодарю уважением
    сейчас тут там кто нас вас нам вам нами вами им себя себе свой наш наша наше наши ваш ваша мой моя моё твой слово
    надо имеет будут были может могут году года годы лет стал стала стали родился родилась умер умерла время
    человек люди жизни работы работу работе которых которым всего более менее самый самая также однако поэтому
    затем потом тогда здесь теперь всегда никогда иногда лишь даже хотя ведь вот ни бы же ли ещё очень много мало
    один одна одно два три первый первая новый новая большой большая город города городе страны россии российской
    говорит сказал сказала знаю знает видит вместе против через перед около кроме вместо среди без под над
  `,
  uk: `
    і й в у не на з із зі що це як так також який яка які яке його її вони ми ви я він вона був була було були буде є
    немає дуже вже ще тільки коли де щоб якщо або але а до від за для при після між прошу будь ласка шановні шановний
    шановна дякую можна потрібно мене мені нас вас їх йому їй цей ця ці цього цьому все всі всіх свій свою своєї тому
    чому зараз сьогодні вчора завтра хочу хотів хотіла квартира будинок вулиця року відповідь питання
    україни
    зараз тут там хто нам вам нами вами їм собі себе свій наш наша наше наші ваш ваша мій моя моє твій пане пані
    слово треба має мають будуть були може можуть році року роки років став стала стали народився помер час людина
    люди життя роботи роботу роботі яких яким всього більше менше самий також однак тому потім тоді тепер завжди
    ніколи іноді лише навіть хоча ось ні би ж чи дуже багато мало один одна одне два три перший перша новий нова
    великий велика місто міста місті країни україни української говорить сказав сказала знаю знає разом проти
    через перед біля крім замість серед без під над давайте дякую шановний прошу
    питання хвилин
  `,
  be: `
    і й у ў не на з са што гэта як так таксама які якая якія якое яго яе яны мы вы я ён яна быў была было былі будзе
    ёсць няма вельмі ужо яшчэ толькі калі дзе каб або але а да ад за для пры пасля паміж прашу калі ласка паважаныя
    паважаны дзякую можна трэба мяне мне нас вас іх яму ёй гэты гэтая гэтыя гэтага усё ўсё усе ўсе усіх свой сваю
    сваёй таму чаму зараз сёння учора заўтра хачу хацеў хацела кватэра дом вуліца года адказ пытанне беларусі
    зараз тут там хто нам вам намі вамі ім сабе сябе свой наш наша наша нашы ваш ваша мой мая маё твой пан пані
    слова трэба мае маюць будуць былі можа могуць годзе года гады гадоў стаў стала сталі нарадзіўся памёр час
    чалавек людзі жыцця працы працу працы якіх якім усяго больш менш самы таксама аднак таму потым тады цяпер заўсёды
    ніколі часам толькі нават хоць вось ні б жа ці вельмі шмат мала адзін адна адно два тры першы першая новы новая
    вялікі вялікая горад горада горадзе краіны беларусі беларускай беларускі рэспублікі кажа сказаў сказала ведаю
    ведае разам супраць праз перад каля акрамя замест сярод без пад над дзень дзякуй мінску мінск раёна раён вобласці
  `,
};

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

export const LEXICON: Readonly<Record<LexiconLanguage, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(WORDS).map(([language, words]) => [language, toSet(words)]),
) as Record<LexiconLanguage, ReadonlySet<string>>;

/**
 * Spelling patterns of Russian typed in Latin letters, tested on a folded, lower-case word.
 * None is native Lithuanian or Polish spelling; English and German words rarely match them, and
 * the other signals outvote the few that do.
 */
export const RU_LATIN_PATTERNS: readonly RegExp[] = [/(?:zh|kh|shch)/, /(?:iy|yy|yj|aya|oye|ykh|ikh|tsya|sya)$/, /^(?:ya|yu)/];
