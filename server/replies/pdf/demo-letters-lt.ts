/** Demo letters in Lithuanian (see demo-letters.ts). */
import type { LetterContent } from './letter-content.js';

const WATER_METER = `<p>Gerbiamas Jonai,</p>
<p>Gavome Jūsų 2026 m. kovo 2 d. prašymą, kuriame nurodote, kad Jūsų bute Žirmūnų g. 14-27, Vilniuje, įrengtas šalto vandens skaitiklis nebesisuka, ir prašote jį pakeisti.</p>
<p>Buitiniai vandens skaitikliai metrologiškai tikrinami arba keičiami kas <strong>šešerius metus</strong>, o šias išlaidas apmoka geriamojo vandens tiekėjas. Jūsų skaitiklis (Nr. 19-204381) įrengtas 2019 m. balandžio mėn., todėl šiais metais jį pakeisti reikia bet kuriuo atveju, o Jums tai <strong>nieko nekainuos</strong>.</p>
<p>Jūsų prašymą perdavėme UAB „Vilniaus vandenys“, kuri skaitiklį pakeis. Prašome:</p>
<ul>
<li>per 10 darbo dienų suderinti apsilankymo laiką tel. <strong>1889</strong> arba savitarnos svetainėje <a href="https://savitarna.vv.example">savitarna.vv.example</a>;</li>
<li>užtikrinti, kad skaitiklis ir jo uždaromieji ventiliai būtų lengvai pasiekiami;</li>
<li>užsirašyti paskutinius senojo skaitiklio rodmenis ir juos pasilikti, kol bus pasirašytas skaitiklio pakeitimo aktas.</li>
</ul>
<p>Jei skaitiklis nebus pakeistas iki 2026 m. balandžio 3 d., praneškite mums ir nurodykite šio rašto numerį. Klausimų taip pat galite užduoti <em>el. paštu</em> <a href="mailto:vanduo@vilnius.example">vanduo@vilnius.example</a>.</p>
<p>Pagarbiai</p>`;

const HEATING_BILL = `<p>Gerbiama Ona,</p>
<p>Išnagrinėjome Jūsų 2026 m. vasario 9 d. skundą dėl sąskaitos už šilumą, suvartotą 2026 m. sausio mėn. bute Ateities g. 31-12, Vilniuje. Nurodote, kad sąskaita (190,30 Eur) yra beveik dvigubai didesnė nei prieš metus, ir prašote ją patikrinti. Skundą nagrinėjome kartu su daugiabučio namo administratoriumi UAB „Šiaurės būstas“. Toliau rašome, ką patikrinome, ką nustatėme ir ką nusprendėme.</p>
<h2>Ką patikrinome</h2>
<p>Siekdami išsiaiškinti, kodėl sąskaita išaugo, patikrinome visus duomenis, nuo kurių priklauso Jūsų mokėtina suma:</p>
<ul>
<li>namo įvadinio šilumos apskaitos prietaiso (Nr. ŠA-88213) rodmenis, nuotoliniu būdu nuskaitytus 2026 m. sausio 1 d. ir vasario 1 d., ir prietaiso patikros dokumentus;</li>
<li>šilumos paskirstymo tarp namo butų metodą, kurį 2019 m. gegužės 14 d. patvirtino butų savininkų susirinkimas;</li>
<li>2026 m. sausio mėn. šilumos kainą, apskaičiuotą pagal Valstybinės energetikos reguliavimo tarybos patvirtintą metodiką;</li>
<li>Jūsų buto duomenis, pagal kuriuos skaičiuojamos sąskaitos, ir Nekilnojamojo turto registro duomenis;</li>
<li>vidutinę 2026 m. sausio mėn. lauko oro temperatūrą Vilniuje.</li>
</ul>
<h2>Kaip apskaičiuota sąskaita</h2>
<p>Lentelėje pateikiame, iš ko susidarė Jūsų 2026 m. sausio mėn. sąskaita, palyginti su 2025 m. sausio mėn. sąskaita:</p>
<table>
<tr><th>Sudedamoji dalis</th><th>2025 m. sausis</th><th>2026 m. sausis</th></tr>
<tr><td>Šiluma patalpoms šildyti, kWh</td><td>712</td><td>1 246</td></tr>
<tr><td>Šiluma karštam vandeniui cirkuliuoti, kWh</td><td>96</td><td>98</td></tr>
<tr><td>Šilumos kaina be PVM, Eur/kWh</td><td>0,1238</td><td>0,1299</td></tr>
<tr><td>Suma be PVM, Eur</td><td>100,03</td><td>174,59</td></tr>
<tr><td>PVM 9 proc., Eur</td><td>9,00</td><td>15,71</td></tr>
<tr><td><strong>Iš viso, Eur</strong></td><td><strong>109,03</strong></td><td><strong>190,30</strong></td></tr>
</table>
<p>Sąskaita išaugo daugiausia dėl to, kad patalpoms šildyti suvartota daugiau šilumos. 2026 m. sausis buvo gerokai šaltesnis: vidutinė mėnesio lauko oro temperatūra Vilniuje buvo <strong>−7,9&nbsp;°C</strong>, o 2025 m. sausio mėn. – <strong>−1,6&nbsp;°C</strong>. Šildymo poreikis, apskaičiuotas dienolaipsniais, išaugo 61 proc. Šilumos kaina per tą laiką padidėjo 4,9 proc.</p>
<h2>Ką nustatėme</h2>
<p>Namo šilumos apskaitos prietaisas patikrintas laiku (paskutinė patikra – 2024 m. rugsėjo 18 d.), jo rodmenys sutampa su šilumos tiekėjo ir namo administratoriaus duomenimis. Šilumos kaina apskaičiuota teisingai.</p>
<p>Tačiau Jūsų buto duomenyse radome klaidą: nuo 2025 m. spalio 1 d. šiluma Jūsų butui buvo paskirstoma pagal <em>58,6&nbsp;m²</em> naudingąjį plotą, nors Nekilnojamojo turto registre įregistruotas buto plotas yra <em>52,4&nbsp;m²</em>. Klaida atsirado, kai po kaimyninio buto Nr. 13 pertvarkymo buvo atnaujinami namo butų duomenys.</p>
<h3>Ištaisymas ir perskaičiavimas</h3>
<p>Buto plotą ištaisėme ir perskaičiavome 2025 m. spalio – 2026 m. sausio mėn. sąskaitas:</p>
<table>
<tr><th>Mėnuo</th><th>Buvo apskaičiuota, Eur</th><th>Perskaičiuota, Eur</th><th>Skirtumas, Eur</th></tr>
<tr><td>2025 m. spalis</td><td>48,12</td><td>44,31</td><td>3,81</td></tr>
<tr><td>2025 m. lapkritis</td><td>96,55</td><td>88,90</td><td>7,65</td></tr>
<tr><td>2025 m. gruodis</td><td>141,20</td><td>130,02</td><td>11,18</td></tr>
<tr><td>2026 m. sausis</td><td>190,30</td><td>181,10</td><td>9,20</td></tr>
<tr><td colspan="3"><strong>Permoka iš viso</strong></td><td><strong>31,84</strong></td></tr>
</table>
<p>31,84 Eur permoka bus įskaityta į Jūsų 2026 m. vasario mėn. sąskaitą, todėl Jums nieko daryti nereikia. Jei norėtumėte, kad permoka būtų grąžinta į banko sąskaitą, parašykite mums ir nurodykite sąskaitos numerį.</p>
<p>Atsiprašome už klaidą ir dėl jos patirtus nepatogumus.</p>
<h2>Kaip sumažinti išlaidas šildymui</h2>
<ol>
<li><strong>Šildymo sistemos sureguliavimas.</strong> Namo administratorius gali be papildomo mokesčio patikrinti ir sureguliuoti namo šildymo sistemą (šildymo kreivę, temperatūros mažinimą naktį). Tai padaryti gali paprašyti bet kuris butų savininkas.</li>
<li><strong>Namo atnaujinimas (modernizavimas).</strong> Butų savininkai gali teikti paraišką dalyvauti daugiabučių namų atnaujinimo programoje. Valstybė kompensuoja dalį investicijų, o po atnaujinimo suvartojamos šilumos kiekis paprastai sumažėja 40–60 proc.</li>
<li><strong>Būsto šildymo išlaidų kompensacija.</strong> Jei Jūsų šeimos pajamos nedidelės, galite turėti teisę į būsto šildymo išlaidų kompensaciją. Prašymą galima pateikti seniūnijoje arba internetu, per Socialinės paramos šeimai informacinę sistemą (<a href="https://www.spis.example">www.spis.example</a>).</li>
</ol>
<h2>Kas bus toliau</h2>
<p>Namo administratorių paprašėme iki 2026 m. kovo 31 d. patikrinti visų namo butų duomenis, pagal kuriuos skirstoma šiluma, ir palyginti juos su Nekilnojamojo turto registro duomenimis. Jei bus rasta daugiau neatitikčių, sąskaitos bus perskaičiuotos ir apie tai bus pranešta kiekvienam butų savininkui, kurio sąskaita pasikeis.</p>
<p>Perskaičiuotą 2026 m. sausio mėn. sąskaitą ir sąskaitų perskaičiavimo pažymą rasite savitarnos svetainėje <a href="https://mano.vst.example">mano.vst.example</a> skiltyje „Sąskaitos“. Jei savitarna nesinaudojate, pažymą atsiųsime paštu – praneškite mums telefonu arba el. paštu.</p>
<h2>Apskundimo tvarka</h2>
<p>Jei nesutinkate su šiuo atsakymu, galite kreiptis į Valstybinę energetikos reguliavimo tarybą (Verkių g. 25C-1, LT-08223 Vilnius), kuri ne teismo tvarka nagrinėja vartotojų ir energetikos įmonių ginčus, arba į teismą.</p>
<p>Namo šilumos paskirstymo metodas ir 2019 m. gegužės 14 d. butų savininkų susirinkimo sprendimas skelbiami adresu <a href="https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-butu-savininku-susirinkimo-sprendimas.pdf">https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-butu-savininku-susirinkimo-sprendimas.pdf</a>.</p>
<p>Pagarbiai</p>`;

export const ltDemoLetters: { short: LetterContent; long: LetterContent } = {
  short: {
    lang: 'lt',
    documentTitle: 'Atsakymas į prašymą VLN-2026-000123',
    letterhead: {
      institution: 'VILNIAUS MIESTO SAVIVALDYBĖS ADMINISTRACIJA',
      addressLines: ['Konstitucijos pr. 3', 'LT-09601 Vilnius'],
      contacts: ['tel. +370 5 211 2000', 'el. p. savivaldybe@vilnius.example', 'www.vilnius.example', 'juridinio asmens kodas 188710061'],
    },
    ourNumber: 'VLN-2026-000123/1',
    date: '2026-03-04',
    theirReference: 'Į 2026-03-02 prašymą Nr. VLN-2026-000123',
    recipient: { name: 'Jonas Petraitis', addressLines: ['Žirmūnų g. 14-27', 'LT-09214 Vilnius'], email: 'jonas.petraitis@example.lt' },
    title: 'DĖL ŠALTO VANDENS SKAITIKLIO PAKEITIMO',
    bodyHtml: WATER_METER,
    signature: { name: 'Rūta Kazlauskienė', title: 'Vyriausioji specialistė', department: 'Miesto ūkio ir transporto departamentas' },
  },
  long: {
    lang: 'lt',
    documentTitle: 'Atsakymas į skundą VLN-2026-000217',
    letterhead: {
      institution: 'AB „VILNIAUS ŠILUMOS TINKLAI“',
      addressLines: ['Elektrinės g. 2', 'LT-03150 Vilnius'],
      contacts: ['tel. +370 5 266 7000', 'el. p. info@vst.example', 'www.vst.example', 'juridinio asmens kodas 124135580'],
    },
    ourNumber: 'VLN-2026-000217/2',
    date: '2026-02-27',
    theirReference: 'Į 2026-02-09 skundą Nr. VLN-2026-000217',
    recipient: { name: 'Ona Kazlauskienė', addressLines: ['Ateities g. 31-12', 'LT-08303 Vilnius'], email: 'ona.kazlauskiene@example.lt' },
    title: 'DĖL 2026 M. SAUSIO MĖN. SĄSKAITOS UŽ ŠILUMĄ',
    bodyHtml: HEATING_BILL,
    signature: { name: 'Tomas Jankauskas', title: 'Klientų aptarnavimo skyriaus vadovas', department: 'Komercijos departamentas' },
  },
};
