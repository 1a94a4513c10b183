/**
 * Duplicates and campaigns on both databases: letters of the same text from several residents
 * become one campaign as they are registered; the case page lists similar cases (the same text,
 * and a resident writing again in other words), scoped like every case list; managers take a letter
 * out, add one by number; one campaign reply becomes a letter per open member in its own language
 * and salutation, sent once, or queued for approval where the department has four eyes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { createDatabase } from '../../server/db/database';
import { composeMail } from '../fixtures/email/mail';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

const LT_CAMPAIGN = `Vilniaus miesto savivaldybės administracijai
Konstitucijos pr. 3, Vilnius

Dėl liepų kirtimo Žvėryno kieme

Gerbiamieji,

mes, Vytauto gatvės 12 namo gyventojai, nesutinkame, kad mūsų kieme būtų iškirstos šešios senos liepos.
Medžiai sveiki, jie saugo kiemą nuo gatvės triukšmo ir dulkių, o vasarą teikia pavėsį vaikų žaidimų aikštelei.
Prašome sustabdyti kirtimo darbus, paskelbti medžių būklės vertinimą ir surengti viešą susitikimą su gyventojais
prieš priimant bet kokį sprendimą dėl šių medžių likimo.

Pagarbiai`;

const PL_CAMPAIGN = `Do Administracji Samorządu Miasta Wilna

W sprawie wycinki lip na podwórzu na Zwierzyńcu

Szanowni Państwo,

my, mieszkańcy domu przy ulicy Vytauto 12, nie zgadzamy się na wycięcie sześciu starych lip na naszym podwórzu.
Drzewa są zdrowe, chronią podwórze przed hałasem i kurzem z ulicy, a latem dają cień placowi zabaw dla dzieci.
Prosimy o wstrzymanie wycinki, opublikowanie oceny stanu drzew i zorganizowanie spotkania z mieszkańcami
przed podjęciem jakiejkolwiek decyzji w sprawie tych drzew.

Z poważaniem`;

const residents = [
  { name: 'Rasa Jonaitienė', email: 'rasa.jonaitiene@example.lt', address: 'Vytauto g. 12-3, Vilnius' },
  { name: 'Tomas Petrauskas', email: 'tomas.petrauskas@example.lt', address: 'Vytauto g. 12-7, Vilnius' },
  { name: 'Ona Kazlauskienė', email: 'ona.k@example.lt', address: 'Vytauto g. 12-11, Vilnius' },
];
const polishResidents = [
  { name: 'Halina Pietkiewicz', email: 'halina.p@example.pl', address: 'Vytauto g. 12-15, Vilnius' },
  { name: 'Jan Sawicki', email: 'jan.sawicki@example.pl', address: 'Vytauto g. 12-19, Vilnius' },
];

function petition(language: 'lt' | 'pl', who: { name: string; email: string; address: string }, body: string, subject: string) {
  return {
    channel: 'web' as const,
    kind: 'complaint' as const,
    language,
    petitioner: { name: who.name, email: who.email, phone: null, address: who.address },
    subject,
    // Each copy signed by its own resident, as a campaign's copies are.
    body: `${body}\n${who.name}\n${who.address}\n${who.email}`,
    departmentId: 'city-administration',
    serviceId: null,
    files: [],
  };
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`duplicates and campaigns on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      await desk.services.startJobs(2);
      await desk.services.startMailCatcher();
    });
    afterEach(async () => desk?.dispose());

    async function campaignOnFile() {
      const lt = [];
      for (const who of residents) lt.push(await desk.services.cases.registerPetition(petition('lt', who, LT_CAMPAIGN, 'Dėl liepų kirtimo')));
      // A resident adds a sentence of their own: still the same text.
      lt.push(
        await desk.services.cases.registerPetition(
          petition('lt', { name: 'Jonas Butkus', email: 'jonas.butkus@example.lt', address: 'Vytauto g. 12-1, Vilnius' }, LT_CAMPAIGN.replace('Pagarbiai', 'Po mano langais auga dvi iš šių liepų.\n\nPagarbiai'), 'Liepos'),
        ),
      );
      const pl = [];
      for (const who of polishResidents) pl.push(await desk.services.cases.registerPetition(petition('pl', who, PL_CAMPAIGN, 'Wycinka lip')));
      // About trees too, but another matter: a fallen branch on a car.
      const unrelated = await desk.services.cases.registerPetition(
        petition(
          'lt',
          { name: 'Petras Vaitkus', email: 'petras.v@example.lt', address: 'Kalvarijų g. 40-2, Vilnius' },
          'Gerbiamieji,\n\nvakar per audrą nuo klevo prie Kalvarijų gatvės 40 namo nulūžo didelė šaka ir apgadino mano automobilį. Prašau atlyginti žalą ir patikrinti kitus šios gatvės medžius, nes keli jų atrodo pavojingi.\n\nPagarbiai',
          'Nulūžusi šaka',
        ),
      );
      await desk.services.drainJobs();
      return { lt, pl, unrelated };
    }

    it('puts letters of the same text into one campaign as they arrive, and lists similar cases on the case page', async () => {
      const manager = await addStaff(desk, 'm@city.test', 'manager', null);
      const clerk = await addStaff(desk, 'c@city.test', 'clerk', 'city-administration');
      const other = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const { lt, pl, unrelated } = await campaignOnFile();

      const { campaigns } = await desk.services.duplicates.listCampaigns(manager);
      expect(campaigns).toHaveLength(2);
      const ltCampaign = campaigns.find((c) => c.languages.some((l) => l.language === 'lt'))!;
      expect(ltCampaign).toMatchObject({ members: 4, open: 4, languages: [{ language: 'lt', count: 4 }], departments: ['city-administration'] });
      const plCampaign = campaigns.find((c) => c.id !== ltCampaign.id)!;
      expect(plCampaign).toMatchObject({ members: 2, languages: [{ language: 'pl', count: 2 }] });

      const full = await desk.services.duplicates.getCampaign(manager, ltCampaign.id);
      expect(full.list.map((m) => m.number).sort()).toEqual(lt.map((r) => r.number).sort());
      expect(full.list.every((m) => m.addedByDesk && m.percent >= 50)).toBe(true);

      const similar = await desk.services.duplicates.listSimilarCases(clerk, lt[0].number);
      expect(similar.campaign).toEqual({ id: ltCampaign.id, members: 4 });
      const sameText = similar.similar.filter((s) => s.likeness === 'same_text').map((s) => s.number);
      expect(sameText.sort()).toEqual(lt.slice(1).map((r) => r.number).sort());
      expect(similar.similar.map((s) => s.number)).not.toContain(unrelated.number);
      // The translation is not the same text to the desk: a manager adds it by hand.
      expect(sameText).not.toContain(pl[0].number);

      // Another department's clerk does not see the case at all; the campaign list is for managers.
      await expect(desk.services.duplicates.listSimilarCases(other, lt[0].number)).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.duplicates.listCampaigns(clerk)).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('finds a campaign that arrives by e-mail, read and analysed by the pipeline, one copy typed in Latin letters', async () => {
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const dir = path.resolve(import.meta.dirname, '../fixtures/letters/campaigns');
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { file: string; campaign: string | null; petitioner: { email: string | null } }[];
      const letters = manifest.filter((e) => e.file.startsWith('noise-ru-') || e.file === 'other-noise-ru.txt');
      const numbers = new Map<string, string>();
      for (const [i, e] of letters.entries()) {
        const text = fs.readFileSync(path.join(dir, e.file), 'utf8');
        const raw = await composeMail({ from: e.petitioner.email ?? `resident${i}@example.lt`, subject: text.split('\n').find((l) => /шум|shum/i.test(l)) ?? 'Жалоба', text, messageId: `<campaign-${i}-${Date.now()}@example.lt>` });
        const r = await desk.services.intake.ingestEmail(raw, 'smtp');
        numbers.set(e.file, r.caseNumber!);
      }
      await desk.services.drainJobs();
      const { campaigns } = await desk.services.duplicates.listCampaigns(manager);
      expect(campaigns).toHaveLength(1);
      const members = (await desk.services.duplicates.getCampaign(manager, campaigns[0].id)).list.map((m) => m.number).sort();
      expect(members).toEqual(letters.filter((e) => e.campaign).map((e) => numbers.get(e.file)!).sort());
      expect(members).not.toContain(numbers.get('other-noise-ru.txt'));
      expect(campaigns[0].languages).toEqual([{ language: 'ru', count: members.length }]);
    });

    it('shows a resident writing again in other words as the same matter, from the same petitioner', async () => {
      const clerk = await addStaff(desk, 'c@housing.test', 'clerk', 'housing');
      const first = await desk.services.cases.registerPetition({
        channel: 'web', kind: 'complaint', language: 'lt', departmentId: 'housing', serviceId: null, files: [],
        petitioner: { name: 'Aldona Rimkienė', email: 'aldona.r@example.lt', phone: '+370 612 34567', address: 'Šeškinės g. 20-45, Vilnius' },
        subject: 'Neveikia liftas',
        body: 'Laba diena, jau dvi savaites neveikia liftas Šeškinės gatvės 20 name, antroje laiptinėje. Gyvenu devintame aukšte, esu vyresnio amžiaus, laiptais lipti sunku. Prašau kuo greičiau sutaisyti liftą.',
      });
      const again = await desk.services.cases.registerPetition({
        channel: 'email', kind: 'complaint', language: 'lt', departmentId: 'housing', serviceId: null, files: [],
        petitioner: { name: 'Aldona Rimkienė', email: 'aldona.r@example.lt', phone: null, address: 'Šeškinės g. 20-45, Vilnius' },
        subject: 'Vėl dėl lifto',
        body: 'Rašau dar kartą: liftas Šeškinės gatvės 20 name, antroje laiptinėje, vis dar neveikia, niekas neatvyko jo sutaisyti. Devintame aukšte gyvenančiai vyresnio amžiaus gyventojai laiptai per sunkūs. Prašau pagaliau sutaisyti liftą.',
      });
      await desk.services.drainJobs();
      const similar = await desk.services.duplicates.listSimilarCases(clerk, again.number);
      expect(similar.similar).toEqual([expect.objectContaining({ number: first.number, likeness: 'same_matter', samePetitioner: true })]);
      expect(similar.campaign).toBeNull();
      // Two letters of one resident are not a campaign; the clerk merges them if they decide so.
      await desk.services.cases.mergeCases(clerk, { number: again.number, into: first.number });
      expect((await desk.services.duplicates.listSimilarCases(clerk, first.number)).similar).toEqual([]);
    });

    it('managers take a letter out (the desk never puts it back) and add the translation by number', async () => {
      const manager = await addStaff(desk, 'm@city.test', 'manager', null);
      const { lt, pl } = await campaignOnFile();
      const { campaigns } = await desk.services.duplicates.listCampaigns(manager);
      const ltCampaign = campaigns.find((c) => c.languages.some((l) => l.language === 'lt'))!;

      await desk.services.duplicates.removeFromCampaign(manager, ltCampaign.id, { number: lt[3].number });
      let full = await desk.services.duplicates.getCampaign(manager, ltCampaign.id);
      expect(full.list.map((m) => m.number)).not.toContain(lt[3].number);
      expect(full.removed.map((m) => m.number)).toEqual([lt[3].number]);
      // A new copy arrives: it joins, and the removed letter stays out.
      await desk.services.cases.registerPetition(petition('lt', { name: 'Daiva Mockė', email: 'daiva@example.lt', address: 'Vytauto g. 12-20, Vilnius' }, LT_CAMPAIGN, 'Dėl liepų'));
      await desk.services.drainJobs();
      full = await desk.services.duplicates.getCampaign(manager, ltCampaign.id);
      expect(full.list).toHaveLength(4);
      expect(full.removed.map((m) => m.number)).toEqual([lt[3].number]);

      for (const r of pl) await desk.services.duplicates.addToCampaign(manager, ltCampaign.id, { number: r.number });
      full = await desk.services.duplicates.getCampaign(manager, ltCampaign.id);
      expect(full.languages).toEqual([{ language: 'lt', count: 4 }, { language: 'pl', count: 2 }]);
      expect(full.list.filter((m) => !m.addedByDesk).map((m) => m.number).sort()).toEqual(pl.map((r) => r.number).sort());
      // The Polish campaign lost its letters: it is no longer listed.
      expect((await desk.services.duplicates.listCampaigns(manager)).campaigns.map((c) => c.id)).toEqual([ltCampaign.id]);
      await expect(desk.services.duplicates.addToCampaign(manager, ltCampaign.id, { number: pl[0].number })).rejects.toMatchObject({ i18nKey: 'campaigns.errors.alreadyMember' });
      await expect(desk.services.duplicates.addToCampaign(manager, ltCampaign.id, { number: 'VLN-2026-999999' })).rejects.toMatchObject({ i18nKey: 'campaigns.errors.notFound' });
      // An empty number is the same mistake, said the same way (not a server error).
      await expect(desk.services.duplicates.removeFromCampaign(manager, ltCampaign.id, { number: '  ' })).rejects.toMatchObject({ code: 'invalid_input', i18nKey: 'campaigns.errors.notFound' });
    });

    it('answers a campaign with one reply: a signed letter per member in its own language and salutation, once', async () => {
      const manager = await addStaff(desk, 'm@city.test', 'manager', null);
      const { lt, pl } = await campaignOnFile();
      const ltCampaign = (await desk.services.duplicates.listCampaigns(manager)).campaigns.find((c) => c.languages.some((l) => l.language === 'lt'))!;
      for (const r of pl) await desk.services.duplicates.addToCampaign(manager, ltCampaign.id, { number: r.number });

      const form = await desk.services.duplicates.campaignReplyForm(manager, ltCampaign.id);
      expect(form.open).toBe(6);
      expect(form.languages).toEqual([{ language: 'lt', count: 4 }, { language: 'pl', count: 2 }]);
      const template = form.templates.find((t) => t.id === 'decision-positive')!;
      expect(template.words).toEqual(['decision_text']);
      // Every language present needs the decision written in it.
      await expect(
        desk.services.duplicates.startCampaignReply(manager, ltCampaign.id, { templateId: 'decision-positive', texts: { lt: { decision_text: 'Liepų kirtimas sustabdytas.' } } }),
      ).rejects.toMatchObject({ i18nKey: 'campaigns.reply.missingWords', details: { missing: [{ lang: 'pl', word: 'decision_text' }] } });

      const started = await desk.services.duplicates.startCampaignReply(manager, ltCampaign.id, {
        templateId: 'decision-positive',
        texts: { lt: { decision_text: 'Liepų kirtimas sustabdytas, medžių būklė bus įvertinta.' }, pl: { decision_text: 'Wycinka lip została wstrzymana, stan drzew zostanie oceniony.' } },
      });
      expect(started.letters).toBe(6);
      await desk.services.drainJobs();

      const [reply] = await desk.services.duplicates.listCampaignReplies(manager, ltCampaign.id);
      expect(reply.counts).toMatchObject({ sent: 6, queued: 0, draft: 0, skipped: 0 });
      for (const r of [...lt, ...pl]) {
        const replies = await desk.services.replies.listCaseReplies(manager, r.number);
        expect(replies).toHaveLength(1);
        const [only] = replies;
        const polish = pl.some((p) => p.number === r.number);
        expect(only).toMatchObject({ status: 'sent', language: polish ? 'pl' : 'lt', templateId: 'decision-positive' });
        expect(only.bodyHtml).toContain(polish ? 'Wycinka lip została wstrzymana' : 'Liepų kirtimas sustabdytas');
        expect(only.bodyHtml).toContain(r.number);
        expect(only.bodyHtml).not.toMatch(/<strong>\[/);
        const view = await desk.services.cases.getCaseForStaff(manager, r.number);
        expect(view.kase.status).toBe('answered');
        // The salutation is the petitioner's own: by name in Lithuanian (the vocative), by gender in Polish.
        const salutation = polish ? (view.petitioner.name.startsWith('Halina') ? 'Szanowna Pani,' : 'Szanowny Panie,') : view.petitioner.name.split(' ')[1].slice(0, 4);
        expect(only.bodyHtml.slice(0, 80)).toContain(salutation);
      }
      // A worker that died after sending but before recording it: the letter is queued again, and
      // finishing it only records what was sent — no second letter, no second e-mail.
      const raw = createDatabase(loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' }).database);
      const [first] = await raw.selectFrom('cases').select('id').where('number', '=', lt[0].number).execute();
      await raw.updateTable('cluster_reply_letters').set({ outcome: 'queued' }).where('case_id', '=', first.id).execute();
      await raw.destroy();
      expect(await desk.services.duplicates.resumeCampaignReply(manager, reply.id)).toEqual({ queued: 1 });
      await desk.services.drainJobs();
      expect((await desk.services.duplicates.listCampaignReplies(manager, ltCampaign.id))[0].counts).toMatchObject({ sent: 6, queued: 0 });
      expect(await desk.services.replies.listCaseReplies(manager, lt[0].number)).toHaveLength(1);
      const outbox = path.join(desk.dataDir, 'outbox');
      const toFirst = fs.readdirSync(outbox).filter((f) => fs.readFileSync(path.join(outbox, f), 'utf8').includes(residents[0].email));
      // The acknowledgement of registration and the letter: one each.
      expect(toFirst.filter((f) => fs.readFileSync(path.join(outbox, f), 'utf8').includes('application/pdf'))).toHaveLength(1);

      // Nothing is left to answer: a second reply is refused, and no letter went twice.
      await expect(
        desk.services.duplicates.startCampaignReply(manager, ltCampaign.id, { templateId: 'decision-positive', texts: { lt: { decision_text: 'x' } } }),
      ).rejects.toMatchObject({ i18nKey: 'campaigns.reply.noOpen' });
    });

    it('where the department has four eyes, the campaign letters wait for approval instead of going out', async () => {
      const admin = await addStaff(desk, 'a@desk.test', 'admin', null);
      const manager = await addStaff(desk, 'm@city.test', 'manager', null);
      const city = (await desk.services.departments.listDepartments({ activeOnly: true })).find((d) => d.id === 'city-administration')!;
      await desk.services.departments.updateDepartment(admin, 'city-administration', { legalName: city.legalName, names: city.names, email: city.email, active: true, fourEyes: true });
      await campaignOnFile();
      const ltCampaign = (await desk.services.duplicates.listCampaigns(manager)).campaigns.find((c) => c.languages.some((l) => l.language === 'lt'))!;
      await desk.services.duplicates.startCampaignReply(manager, ltCampaign.id, { templateId: 'decision-positive', texts: { lt: { decision_text: 'Kirtimas sustabdytas.' } } });
      await desk.services.drainJobs();
      const [reply] = await desk.services.duplicates.listCampaignReplies(manager, ltCampaign.id);
      expect(reply.counts).toMatchObject({ awaiting_approval: 4, sent: 0 });
      expect(await desk.services.replies.countApprovalQueue(admin)).toBeGreaterThanOrEqual(4);
      const full = await desk.services.duplicates.getCampaign(manager, ltCampaign.id);
      expect(full.open).toBe(4);
    });
  });
}
