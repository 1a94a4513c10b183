/**
 * The search module through the staff search, on both databases: case numbers whole and in part,
 * petitioners by name, e-mail, phone and address, stemmed text in four languages (petition,
 * document page, message), ranking, snippets, and who may see what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';
import { textLayerLetter } from '../fixtures/letters/text-layer-pdf';

type Petition = Parameters<TestDesk['services']['cases']['registerPetition']>[0];

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`search (${db.name})`, () => {
    let desk: TestDesk;
    let manager: Awaited<ReturnType<typeof addStaff>>;
    let heatingClerk: Awaited<ReturnType<typeof addStaff>>;
    const n: Record<string, string> = {};
    const numbersOf = async (q: string, who = manager) => (await desk.services.cases.searchCases(who, q)).map((c) => c.number);

    beforeAll(async () => {
      desk = await createTestDesk(db.name);
      await desk.services.startJobs(1);
      manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      heatingClerk = await addStaff(desk, 'h@desk.test', 'clerk', 'heating');
      const open = async (key: string, p: Partial<Petition>) => {
        n[key] = (await desk.services.cases.registerPetition({ ...samplePetition, departmentId: 'heating', ...p })).number;
      };
      await open('pl', {
        language: 'pl', subject: 'Awaria ogrzewania', body: 'Proszę o naprawę ogrzewania w mieszkaniu na drugim piętrze.',
        petitioner: { name: 'Janina Kowalska', email: 'Janina.Kowalska@Example.PL', phone: '+370 612 34567', address: 'Ogrodowa g. 5, Vilnius' },
      });
      await open('lt', {
        language: 'lt', subject: 'Sugedo šilumos skaitiklis', body: 'Prašau pakeisti šilumos skaitiklį name.',
        petitioner: { name: 'Jonas Petraitis', email: 'jonas@example.lt', phone: '8 699 11223', address: 'Žirmūnų g. 12, Vilnius' },
      });
      await open('ru', {
        language: 'ru', subject: 'Нет отопления', body: 'В квартире нет отопления уже неделю.',
        petitioner: { name: 'Ольга Смирнова', email: null, phone: null, address: null },
      });
      await open('en', {
        language: 'en', departmentId: 'water', subject: 'Water meter', body: 'Please replace the water meter in my flat.',
        petitioner: { name: 'Emily Clark', email: 'emily@example.com', phone: null, address: null },
      });
      await open('plMany', {
        language: 'pl', subject: 'Ogrzewanie', body: 'Ogrzewanie nie działa. Ogrzewanie jest zimne, ogrzewanie trzeba sprawdzić.',
        petitioner: { name: 'Adam Nowak', email: null, phone: null, address: null },
      });
      await open('page', {
        language: 'en', subject: 'Letter attached', body: 'See the scan.',
        petitioner: { name: 'Paul Scan', email: null, phone: null, address: null },
        files: [{ filename: 'letter.pdf', mediaType: 'application/pdf', bytes: await textLayerLetter('The radiators in the basement need new thermostats') }],
      });
      await desk.services.drainJobs();
    });
    afterAll(async () => desk?.dispose());

    it('finds a case by its number, whole or in part, the exact number first', async () => {
      expect((await numbersOf(n.lt!))[0]).toBe(n.lt);
      const [, year, seq] = n.lt!.match(/^VLN-(\d{4})-(\d+)$/)!;
      expect((await numbersOf(`${year}-${seq}`))[0]).toBe(n.lt);
      expect(await numbersOf(seq!)).toContain(n.lt);
      expect((await numbersOf(seq!))[0]).toBe(n.lt);
      expect(await numbersOf(seq!.slice(-3))).toContain(n.lt);
      expect(await numbersOf(seq!.slice(-3))).not.toContain(n.pl);
      expect(await numbersOf('VLN-1999-999999')).toEqual([]);
    });

    it('finds the petitioner by name, e-mail (any case), phone (any formatting) and address words', async () => {
      expect(await numbersOf('Kowalska')).toEqual([n.pl]);
      expect(await numbersOf('janina.KOWALSKA@example.pl')).toEqual([n.pl]);
      expect(await numbersOf('other@example.pl')).toEqual([]);
      for (const phone of ['+370 612 34567', '861234567', '8 (612) 345-67', '+37061234567']) expect(await numbersOf(phone), phone).toEqual([n.pl]);
      expect(await numbersOf('+370 699 11223')).toEqual([n.lt]);
      expect(await numbersOf('zirmunu')).toEqual([n.lt]);
      expect(await numbersOf('Смирнова')).toEqual([n.ru]);
    });

    it('stems words in Polish, Lithuanian, Russian and English; all words must match', async () => {
      expect(await numbersOf('ogrzewania')).toEqual(expect.arrayContaining([n.pl, n.plMany]));
      expect(await numbersOf('skaitiklio')).toEqual([n.lt]);
      expect(await numbersOf('отопление')).toEqual([n.ru]);
      expect(await numbersOf('meters')).toEqual([n.en]);
      expect(await numbersOf('ogrzewania mieszkaniu')).toEqual([n.pl]);
      expect(await numbersOf('ogrzewania skaitiklio')).toEqual([]);
    });

    it('ranks the petition that says it more often first', async () => {
      const found = await numbersOf('ogrzewanie');
      expect(found.indexOf(n.plMany!)).toBeLessThan(found.indexOf(n.pl!));
    });

    it('searches the text of document pages and messages', async () => {
      expect(await numbersOf('thermostat')).toEqual([n.page]);
      await desk.services.intake.sendStatusPageMessage(n.lt!, { text: 'Prašau atsiųsti meistrą rytoj.' }, []);
      expect(await numbersOf('meistras')).toEqual([n.lt]);
    });

    it('highlights the hit in a snippet', async () => {
      const [hit] = await desk.services.cases.searchCases(manager, 'thermostat');
      expect(hit!.snippet).toEqual(expect.arrayContaining([{ text: 'thermostats', hit: true }]));
      expect(hit!.snippet!.some((s) => !s.hit && /radiators/.test(s.text))).toBe(true);
      const [pl] = await desk.services.cases.searchCases(manager, 'Kowalska');
      expect(pl!.snippet!.every((s) => !s.hit)).toBe(true);
    });

    it("keeps another department's cases out of a clerk's results", async () => {
      expect(await numbersOf('meters', heatingClerk)).toEqual([]);
      expect(await numbersOf('emily@example.com', heatingClerk)).toEqual([]);
      expect(await numbersOf('ogrzewania', heatingClerk)).toEqual(expect.arrayContaining([n.pl, n.plMany]));
    });

    it('rebuilds the index from the petitions, pages and messages', async () => {
      const { texts } = await desk.services.rebuildSearchIndex();
      expect(texts).toBe(6 + 1 + 1);
      expect(await numbersOf('meistras')).toEqual([n.lt]);
      expect(await numbersOf('thermostat')).toEqual([n.page]);
      expect(await numbersOf('skaitiklio')).toEqual([n.lt]);
    });
  });
}
