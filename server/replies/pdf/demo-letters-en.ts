/** Demo letters in English (see demo-letters.ts). */
import type { LetterContent } from './letter-content.js';

const WATER_METER = `<p>Dear Mr Murphy,</p>
<p>Thank you for your petition of 2 March 2026, in which you tell us that the cold water meter in your flat at Žirmūnų g. 14-27, Vilnius, has stopped turning, and ask for it to be replaced.</p>
<p>Household water meters must be verified or replaced every <strong>six years</strong>, at the expense of the drinking water supplier. Your meter (No. 19-204381) was installed in April 2019, so it is due for replacement this year in any case, and the replacement will cost you <strong>nothing</strong>.</p>
<p>We have passed your petition on to UAB Vilniaus vandenys, the city's water company, which will replace the meter. Please:</p>
<ul>
<li>arrange a time for the visit within 10 working days by calling <strong>1889</strong> or through the self-service website <a href="https://savitarna.vv.example">savitarna.vv.example</a>;</li>
<li>make sure that the meter and its shut-off valves are easy to reach;</li>
<li>write down the last reading of the old meter and keep it until the replacement report has been signed.</li>
</ul>
<p>If the meter has not been replaced by 3 April 2026, please let us know, quoting the number of this letter. You can also send us your questions <em>by e-mail</em> to <a href="mailto:vanduo@vilnius.example">vanduo@vilnius.example</a>.</p>
<p>Yours sincerely,</p>`;

const HEATING_BILL = `<p>Dear Ms Collins,</p>
<p>We have examined your complaint of 9 February 2026 about the bill for the heat used in January 2026 in your flat at Ateities g. 31-12, Vilnius. You tell us that the bill (EUR 190.30) is almost twice as high as a year ago and ask us to check it. We examined your complaint together with the building's administrator, UAB Šiaurės būstas. This letter sets out what we checked, what we found and what we have decided.</p>
<h2>What we checked</h2>
<p>To find out why the bill went up, we checked all the data on which the amount you pay depends:</p>
<ul>
<li>the readings of the building's main heat meter (No. ŠA-88213), taken remotely on 1 January and 1 February 2026, and the meter's verification records;</li>
<li>the method of sharing the building's heat among the flats, approved by the meeting of flat owners on 14 May 2019;</li>
<li>the heat price for January 2026, calculated under the methodology approved by the National Energy Regulatory Council;</li>
<li>the data on your flat that are used for billing, and the data in the Real Property Register;</li>
<li>the average outdoor temperature in Vilnius in January 2026.</li>
</ul>
<h2>How your bill was calculated</h2>
<p>The table below shows how your bill for January 2026 was made up, compared with your bill for January 2025:</p>
<table>
<tr><th>Component</th><th>January 2025</th><th>January 2026</th></tr>
<tr><td>Heat for space heating, kWh</td><td>712</td><td>1,246</td></tr>
<tr><td>Heat for hot water circulation, kWh</td><td>96</td><td>98</td></tr>
<tr><td>Heat price excl. VAT, EUR/kWh</td><td>0.1238</td><td>0.1299</td></tr>
<tr><td>Amount excl. VAT, EUR</td><td>100.03</td><td>174.59</td></tr>
<tr><td>VAT 9%, EUR</td><td>9.00</td><td>15.71</td></tr>
<tr><td><strong>Total, EUR</strong></td><td><strong>109.03</strong></td><td><strong>190.30</strong></td></tr>
</table>
<p>The bill went up mainly because more heat was needed to heat the rooms. January 2026 was much colder: the average outdoor temperature in Vilnius was <strong>−7.9&nbsp;°C</strong>, against <strong>−1.6&nbsp;°C</strong> in January 2025. The heating demand, measured in degree days, rose by 61%. Over the same period the heat price rose by 4.9%.</p>
<h2>What we found</h2>
<p>The building's heat meter was verified on time (last verification: 18 September 2024), and its readings match the records of the heat supplier and of the building's administrator. The heat price was calculated correctly.</p>
<p>We did, however, find a mistake in the data on your flat: since 1 October 2025 the heat for your flat has been allocated on the basis of a floor area of <em>58.6&nbsp;m²</em>, whereas the area entered in the Real Property Register is <em>52.4&nbsp;m²</em>. The mistake was made when the data on the flats were updated after the neighbouring flat No. 13 had been altered.</p>
<h3>Correction and recalculation</h3>
<p>We have corrected the floor area and recalculated your bills for October 2025 to January 2026:</p>
<table>
<tr><th>Month</th><th>Billed, EUR</th><th>Recalculated, EUR</th><th>Difference, EUR</th></tr>
<tr><td>October 2025</td><td>48.12</td><td>44.31</td><td>3.81</td></tr>
<tr><td>November 2025</td><td>96.55</td><td>88.90</td><td>7.65</td></tr>
<tr><td>December 2025</td><td>141.20</td><td>130.02</td><td>11.18</td></tr>
<tr><td>January 2026</td><td>190.30</td><td>181.10</td><td>9.20</td></tr>
<tr><td colspan="3"><strong>Total overpayment</strong></td><td><strong>31.84</strong></td></tr>
</table>
<p>The overpayment of EUR 31.84 will be credited to your bill for February 2026, so you do not need to do anything. If you would rather have the overpayment refunded to your bank account, please write to us and give us the account number.</p>
<p>We apologise for the mistake and for the inconvenience it has caused you.</p>
<h2>How you can reduce your heating costs</h2>
<ol>
<li><strong>Adjusting the heating system.</strong> The building's administrator can check and adjust the building's heating system (the heating curve and the night-time setback) at no extra charge. Any flat owner may ask for this.</li>
<li><strong>Renovating the building.</strong> The flat owners may apply to take part in the apartment building renovation programme. The State covers part of the investment, and heat consumption after renovation usually falls by 40–60%.</li>
<li><strong>Heating cost compensation.</strong> If your household income is low, you may be entitled to compensation for the cost of heating your home. You can apply at your eldership (seniūnija) or online, through the social support information system (<a href="https://www.spis.example">www.spis.example</a>).</li>
</ol>
<h2>What happens next</h2>
<p>We have asked the building's administrator to check, by 31 March 2026, the data of every flat in the building on which the sharing of heat is based, and to compare them with the Real Property Register. If further discrepancies are found, the bills will be recalculated, and every owner whose bill changes will be told.</p>
<p>You will find the recalculated bill for January 2026 and a statement of the recalculation on the self-service website <a href="https://mano.vst.example">mano.vst.example</a>, under “Bills”. If you do not use the website, we will send you the statement by post: just let us know by phone or e-mail.</p>
<h2>If you disagree</h2>
<p>If you disagree with this reply, you may refer the matter to the National Energy Regulatory Council (Verkių g. 25C-1, LT-08223 Vilnius), which settles disputes between consumers and energy companies out of court, or to a court.</p>
<p>The heat allocation method for the building and the decision of the flat owners' meeting of 14 May 2019 are published at <a href="https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-butu-savininku-susirinkimo-sprendimas.pdf">https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-butu-savininku-susirinkimo-sprendimas.pdf</a>.</p>
<p>Yours sincerely,</p>`;

export const enDemoLetters: { short: LetterContent; long: LetterContent } = {
  short: {
    lang: 'en',
    documentTitle: 'Reply to petition VLN-2026-000123',
    letterhead: {
      institution: 'VILNIUS CITY MUNICIPALITY ADMINISTRATION',
      addressLines: ['Konstitucijos pr. 3', 'LT-09601 Vilnius, Lithuania'],
      contacts: ['tel. +370 5 211 2000', 'e-mail savivaldybe@vilnius.example', 'www.vilnius.example', 'legal entity code 188710061'],
    },
    ourNumber: 'VLN-2026-000123/1',
    date: '4 March 2026',
    theirReference: 'Your petition of 2 March 2026, No. VLN-2026-000123',
    recipient: { name: 'Mr Daniel Murphy', addressLines: ['Žirmūnų g. 14-27', 'LT-09214 Vilnius'], email: 'daniel.murphy@example.com' },
    title: 'Replacement of the cold water meter at Žirmūnų g. 14-27',
    bodyHtml: WATER_METER,
    signature: { name: 'Rūta Kazlauskienė', title: 'Chief Specialist', department: 'City Economy and Transport Department' },
  },
  long: {
    lang: 'en',
    documentTitle: 'Reply to complaint VLN-2026-000217',
    letterhead: {
      institution: 'AB VILNIAUS ŠILUMOS TINKLAI (VILNIUS HEATING NETWORKS)',
      addressLines: ['Elektrinės g. 2', 'LT-03150 Vilnius, Lithuania'],
      contacts: ['tel. +370 5 266 7000', 'e-mail info@vst.example', 'www.vst.example', 'legal entity code 124135580'],
    },
    ourNumber: 'VLN-2026-000217/2',
    date: '27 February 2026',
    theirReference: 'Your complaint of 9 February 2026, No. VLN-2026-000217',
    recipient: { name: 'Ms Sarah Collins', addressLines: ['Ateities g. 31-12', 'LT-08303 Vilnius'], email: 'sarah.collins@example.com' },
    title: 'Your complaint about the heating bill for January 2026',
    bodyHtml: HEATING_BILL,
    signature: { name: 'Tomas Jankauskas', title: 'Head of Customer Service', department: 'Commercial Department' },
  },
};
