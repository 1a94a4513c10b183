/** Demo letters in Polish (see demo-letters.ts). */
import type { LetterContent } from './letter-content.js';

const WATER_METER = `<p>Szanowny Panie,</p>
<p>w odpowiedzi na Pana wniosek z dnia 2 marca 2026 r., w którym informuje Pan, że wodomierz zimnej wody w Pana mieszkaniu przy ul. Žirmūnų 14-27 w Wilnie przestał działać, i prosi o jego wymianę, uprzejmie wyjaśniamy, co następuje.</p>
<p>Wodomierze w gospodarstwach domowych podlegają legalizacji lub wymianie co <strong>sześć lat</strong>, a koszty te ponosi dostawca wody pitnej. Pana wodomierz (nr 19-204381) zainstalowano w kwietniu 2019 r., zatem jego wymiana i tak przypada w tym roku i będzie dla Pana <strong>bezpłatna</strong>.</p>
<p>Pana wniosek przekazaliśmy spółce UAB „Vilniaus vandenys”, która wymieni wodomierz. Prosimy:</p>
<ul>
<li>w ciągu 10 dni roboczych uzgodnić termin wizyty pod numerem telefonu <strong>1889</strong> lub w serwisie samoobsługowym <a href="https://savitarna.vv.example">savitarna.vv.example</a>;</li>
<li>zapewnić swobodny dostęp do wodomierza i jego zaworów odcinających;</li>
<li>zapisać ostatni odczyt starego wodomierza i zachować go do czasu podpisania protokołu wymiany.</li>
</ul>
<p>Jeżeli wodomierz nie zostanie wymieniony do dnia 3 kwietnia 2026 r., prosimy o kontakt z powołaniem się na numer niniejszego pisma. Pytania można również przesyłać <em>pocztą elektroniczną</em> na adres <a href="mailto:vanduo@vilnius.example">vanduo@vilnius.example</a>.</p>
<p>Z poważaniem</p>`;

const HEATING_BILL = `<p>Szanowna Pani,</p>
<p>rozpatrzyliśmy Pani reklamację z dnia 9 lutego 2026 r. dotyczącą rachunku za ciepło zużyte w styczniu 2026 r. w mieszkaniu przy ul. Ateities 31-12 w Wilnie. Wskazuje Pani, że rachunek (190,30 EUR) jest prawie dwukrotnie wyższy niż przed rokiem, i prosi o jego sprawdzenie. Reklamację rozpatrzyliśmy wspólnie z zarządcą budynku, spółką UAB „Šiaurės būstas”. Poniżej przedstawiamy, co sprawdziliśmy, co ustaliliśmy i jakie decyzje podjęliśmy.</p>
<h2>Co sprawdziliśmy</h2>
<p>Aby ustalić przyczynę wzrostu rachunku, sprawdziliśmy wszystkie dane, od których zależy kwota do zapłaty:</p>
<ul>
<li>odczyty głównego ciepłomierza budynku (nr ŠA-88213), pobrane zdalnie 1 stycznia i 1 lutego 2026 r., oraz dokumenty jego legalizacji;</li>
<li>metodę podziału ciepła między mieszkania w budynku, zatwierdzoną przez zebranie właścicieli mieszkań w dniu 14 maja 2019 r.;</li>
<li>cenę ciepła za styczeń 2026 r., obliczoną zgodnie z metodyką zatwierdzoną przez Państwową Radę Regulacji Energetyki;</li>
<li>dane Pani mieszkania, na podstawie których nalicza się opłaty, oraz dane z Rejestru Nieruchomości;</li>
<li>średnią temperaturę powietrza w Wilnie w styczniu 2026 r.</li>
</ul>
<h2>Jak obliczono rachunek</h2>
<p>Poniższa tabela przedstawia składniki rachunku za styczeń 2026 r. w porównaniu z rachunkiem za styczeń 2025 r.:</p>
<table>
<tr><th>Składnik</th><th>Styczeń 2025</th><th>Styczeń 2026</th></tr>
<tr><td>Ciepło na ogrzewanie lokali, kWh</td><td>712</td><td>1 246</td></tr>
<tr><td>Ciepło na cyrkulację ciepłej wody, kWh</td><td>96</td><td>98</td></tr>
<tr><td>Cena ciepła bez VAT, EUR/kWh</td><td>0,1238</td><td>0,1299</td></tr>
<tr><td>Kwota bez VAT, EUR</td><td>100,03</td><td>174,59</td></tr>
<tr><td>VAT 9%, EUR</td><td>9,00</td><td>15,71</td></tr>
<tr><td><strong>Razem, EUR</strong></td><td><strong>109,03</strong></td><td><strong>190,30</strong></td></tr>
</table>
<p>Rachunek wzrósł przede wszystkim dlatego, że na ogrzewanie lokali zużyto więcej ciepła. Styczeń 2026 r. był znacznie chłodniejszy: średnia miesięczna temperatura powietrza w Wilnie wyniosła <strong>−7,9&nbsp;°C</strong>, podczas gdy w styczniu 2025 r. – <strong>−1,6&nbsp;°C</strong>. Zapotrzebowanie na ciepło, liczone w stopniodniach, wzrosło o 61%. Cena ciepła w tym czasie wzrosła o 4,9%.</p>
<h2>Co ustaliliśmy</h2>
<p>Ciepłomierz budynku został zalegalizowany w terminie (ostatnia legalizacja: 18 września 2024 r.), a jego odczyty są zgodne z danymi dostawcy ciepła i zarządcy budynku. Cena ciepła została obliczona prawidłowo.</p>
<p>Stwierdziliśmy jednak błąd w danych Pani mieszkania: od 1 października 2025 r. ciepło przypadające na Pani mieszkanie rozliczano według powierzchni użytkowej <em>58,6&nbsp;m²</em>, podczas gdy w Rejestrze Nieruchomości zarejestrowano powierzchnię <em>52,4&nbsp;m²</em>. Błąd powstał przy aktualizacji danych lokali po przebudowie sąsiedniego mieszkania nr 13.</p>
<h3>Korekta i ponowne naliczenie opłat</h3>
<p>Poprawiliśmy powierzchnię mieszkania i ponownie naliczyliśmy opłaty za okres od października 2025 r. do stycznia 2026 r.:</p>
<table>
<tr><th>Miesiąc</th><th>Naliczono, EUR</th><th>Po korekcie, EUR</th><th>Różnica, EUR</th></tr>
<tr><td>Październik 2025</td><td>48,12</td><td>44,31</td><td>3,81</td></tr>
<tr><td>Listopad 2025</td><td>96,55</td><td>88,90</td><td>7,65</td></tr>
<tr><td>Grudzień 2025</td><td>141,20</td><td>130,02</td><td>11,18</td></tr>
<tr><td>Styczeń 2026</td><td>190,30</td><td>181,10</td><td>9,20</td></tr>
<tr><td colspan="3"><strong>Nadpłata łącznie</strong></td><td><strong>31,84</strong></td></tr>
</table>
<p>Nadpłata w wysokości 31,84 EUR zostanie zaliczona na poczet rachunku za luty 2026 r., więc nie musi Pani podejmować żadnych działań. Jeżeli woli Pani, aby nadpłata została zwrócona na rachunek bankowy, prosimy o wiadomość z podaniem numeru rachunku.</p>
<p>Przepraszamy za błąd i związane z nim niedogodności.</p>
<h2>Jak obniżyć koszty ogrzewania</h2>
<ol>
<li><strong>Regulacja instalacji grzewczej.</strong> Zarządca budynku może bez dodatkowej opłaty sprawdzić i wyregulować instalację grzewczą budynku (krzywą grzewczą, nocne obniżenie temperatury). Może o to wystąpić każdy właściciel mieszkania.</li>
<li><strong>Modernizacja budynku.</strong> Właściciele mieszkań mogą złożyć wniosek o udział w programie modernizacji budynków wielomieszkaniowych. Państwo pokrywa część nakładów, a zużycie ciepła po modernizacji zmniejsza się zwykle o 40–60%.</li>
<li><strong>Kompensata kosztów ogrzewania.</strong> Jeżeli dochody Pani rodziny są niskie, może Pani mieć prawo do kompensaty kosztów ogrzewania mieszkania. Wniosek można złożyć w starostwie (seniūnija) lub przez internet, w systemie informacyjnym pomocy społecznej dla rodzin (<a href="https://www.spis.example">www.spis.example</a>).</li>
</ol>
<h2>Dalsze kroki</h2>
<p>Zwróciliśmy się do zarządcy budynku o sprawdzenie do dnia 31 marca 2026 r. danych wszystkich mieszkań w budynku, według których dzieli się ciepło, i porównanie ich z danymi Rejestru Nieruchomości. Jeżeli zostaną wykryte kolejne rozbieżności, rachunki zostaną przeliczone, a każdy właściciel, którego rachunek się zmieni, zostanie o tym powiadomiony.</p>
<p>Skorygowany rachunek za styczeń 2026 r. oraz zestawienie ponownego naliczenia opłat znajdzie Pani w serwisie samoobsługowym <a href="https://mano.vst.example">mano.vst.example</a> w zakładce „Rachunki”. Jeżeli nie korzysta Pani z serwisu, prześlemy zestawienie pocztą – prosimy o informację telefonicznie lub e-mailem.</p>
<h2>Tryb odwoławczy</h2>
<p>Jeżeli nie zgadza się Pani z niniejszą odpowiedzią, może Pani zwrócić się do Państwowej Rady Regulacji Energetyki (Verkių g. 25C-1, LT-08223 Wilno), która rozpatruje spory między konsumentami a przedsiębiorstwami energetycznymi w trybie pozasądowym, albo do sądu.</p>
<p>Metoda podziału ciepła w budynku oraz uchwała zebrania właścicieli mieszkań z dnia 14 maja 2019 r. są opublikowane pod adresem <a href="https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-butu-savininku-susirinkimo-sprendimas.pdf">https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-butu-savininku-susirinkimo-sprendimas.pdf</a>.</p>
<p>Z poważaniem</p>`;

export const plDemoLetters: { short: LetterContent; long: LetterContent } = {
  short: {
    lang: 'pl',
    documentTitle: 'Odpowiedź na wniosek VLN-2026-000123',
    letterhead: {
      institution: 'ADMINISTRACJA SAMORZĄDU MIASTA WILNA',
      addressLines: ['Konstitucijos pr. 3', 'LT-09601 Wilno'],
      contacts: ['tel. +370 5 211 2000', 'e-mail: savivaldybe@vilnius.example', 'www.vilnius.example', 'kod osoby prawnej 188710061'],
    },
    ourNumber: 'VLN-2026-000123/1',
    date: '4 marca 2026 r.',
    theirReference: 'Dot.: wniosek z dnia 2 marca 2026 r. nr VLN-2026-000123',
    recipient: { name: 'Pan Jan Wiśniewski', addressLines: ['ul. Žirmūnų 14-27', 'LT-09214 Wilno'], email: 'jan.wisniewski@example.pl' },
    title: 'Wymiana wodomierza zimnej wody przy ul. Žirmūnų 14-27',
    bodyHtml: WATER_METER,
    signature: { name: 'Rūta Kazlauskienė', title: 'Główna specjalistka', department: 'Departament Gospodarki Miejskiej i Transportu' },
  },
  long: {
    lang: 'pl',
    documentTitle: 'Odpowiedź na reklamację VLN-2026-000217',
    letterhead: {
      institution: 'AB „VILNIAUS ŠILUMOS TINKLAI” (WILEŃSKIE SIECI CIEPŁOWNICZE)',
      addressLines: ['Elektrinės g. 2', 'LT-03150 Wilno'],
      contacts: ['tel. +370 5 266 7000', 'e-mail: info@vst.example', 'www.vst.example', 'kod osoby prawnej 124135580'],
    },
    ourNumber: 'VLN-2026-000217/2',
    date: '27 lutego 2026 r.',
    theirReference: 'Dot.: reklamacja z dnia 9 lutego 2026 r. nr VLN-2026-000217',
    recipient: { name: 'Pani Halina Wiśniewska', addressLines: ['ul. Ateities 31-12', 'LT-08303 Wilno'], email: 'halina.wisniewska@example.pl' },
    title: 'Reklamacja rachunku za ciepło za styczeń 2026 r.',
    bodyHtml: HEATING_BILL,
    signature: { name: 'Tomas Jankauskas', title: 'Kierownik Działu Obsługi Klienta', department: 'Departament Handlowy' },
  },
};
