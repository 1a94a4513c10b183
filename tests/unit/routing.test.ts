import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../server/departments/catalogue.store';
import { createDepartmentModel } from '../../server/routing/department-model';
import { createDepartmentRouter } from '../../server/routing/department-router';
import { contentWords, petitionFeatures, textFeatures, withoutNames } from '../../server/routing/features';
import { canonicalWord, canonicalWords } from '../../server/routing/normalise';

const catalogue = readCatalogue();

describe('normalisation: one alphabet for four languages', () => {
  it.each([
    [['deklaracija', 'deklaracja', 'декларация'], 'deklaracia'],
    [['счётчик', 'schetchik', 'schyotchik'], 'setik'],
    [['pažyma', 'pazyma', 'PAŽYMA'], 'pazima'],
    [['zaświadczenie', 'zaswiadczenie'], 'zasviadcenie'],
    [['вывоз', 'vyvoz', 'wywoz'], 'vivoz'],
    [['регистрация', 'registracija'], 'registracia'],
  ])('%j → %s', (spellings, canonical) => {
    for (const s of spellings) expect(canonicalWords(s)).toEqual([canonical]);
  });

  it('collapses doubled letters and transliteration habits', () => {
    expect(canonicalWord('kommunalnyy')).toBe('komunalni');
    expect(canonicalWord('shchetka')).toBe(canonicalWord('schetka'));
    expect(canonicalWord('khleb')).toBe(canonicalWord('hleb'));
  });

  it('drops names inside sentences but keeps the first word of a sentence', () => {
    expect(withoutNames('Mieszkam przy ulicy Kalvarijų. Proszę o licznik.').replace(/\s+/g, ' ')).toBe('Mieszkam przy ulicy . Proszę o licznik.');
  });

  it('drops greetings, pronouns and the words every petition contains', () => {
    const words = contentWords('Laba diena, prašau pakeisti mano vandens skaitiklį. Pagarbiai').map((w) => w.word);
    expect(words).toEqual(['pakeisti', 'vandens', 'skaitikli']);
    expect(contentWords('Dzień dobry, proszę o pomoc').map((w) => w.word)).toEqual(['pomoc']);
  });

  it('shares stems between inflected forms', () => {
    const a = textFeatures('skaitiklio');
    const b = textFeatures('skaitiklį');
    expect([...a.keys()].filter((k) => b.has(k))).toEqual(['skai', 'skait', 'skaiti', 'skaitik']);
  });

  it('counts the subject twice and maps features back to the resident\'s words', () => {
    const { features, surfaces } = petitionFeatures({ subject: 'Skaitiklis', body: 'Sugedo skaitiklis' });
    const { features: bodyOnly } = petitionFeatures({ subject: '', body: 'Sugedo skaitiklis' });
    expect(features.get('skaitik')!).toBeGreaterThan(bodyOnly.get('skaitik')!);
    expect(surfaces.get('skaitik')).toBe('Skaitiklis');
  });
});

describe('the department model learns online', () => {
  it('forgetting an example restores the model exactly', () => {
    const model = createDepartmentModel(['a', 'b']);
    model.addCounts('a', textFeatures('vanduo vandens skaitiklis'), 1);
    model.addCounts('b', textFeatures('atliekos konteineris'), 1);
    const query = textFeatures('vandens konteineris');
    const before = model.rank(query);
    model.learnExample('case-1', 'b', textFeatures('vandens konteineris kieme'));
    expect(model.rank(query)[0].departmentId).toBe('b');
    model.forgetExample('case-1');
    const after = model.rank(query);
    expect(after.map((r) => r.departmentId)).toEqual(before.map((r) => r.departmentId));
    after.forEach((r, i) => expect(r.probability).toBeCloseTo(before[i].probability, 9));
  });

  it('a second decision on the same case replaces the first', () => {
    const model = createDepartmentModel(['a', 'b']);
    model.learnExample('case-1', 'a', textFeatures('suoliukas parke'));
    model.learnExample('case-1', 'b', textFeatures('suoliukas parke'));
    expect(model.exampleCount()).toBe(1);
    expect(model.rank(textFeatures('suoliukas parke'))[0].departmentId).toBe('b');
  });
});

describe('routing petitions with the catalogue', () => {
  const router = createDepartmentRouter(catalogue);
  const route = (subject: string, body: string) => router.route({ subject, body });

  it.each([
    ['water', '', 'Prašau pakeisti sugedusį vandens skaitiklį mano bute.'],
    ['water', 'Licznik wody', 'Dzien dobry, prosze o wymiane licznika wody, bo jest zepsuty.'],
    ['heating', 'Šildymas', 'Kada prasidės šildymo sezonas? Radiatoriai visiškai šalti.'],
    ['heating', '', 'В квартире холодные батареи, отопление не работает уже три дня.'],
    ['waste', 'Vyvoz musora', 'Zdravstvuyte, vyvoz musora ne bylo dve nedeli, konteyner perepolnen.'],
    ['waste', '', 'The bins in our yard were not emptied this week.'],
    ['transport', '', 'Pazeidziau Vilniecio kortele, prasau isduoti nauja.'],
    ['civil-registry', 'Akt urodzenia', 'Proszę o wydanie odpisu aktu urodzenia mojej córki.'],
    ['archive', '', 'Нужна архивная справка о стаже работы на заводе для пенсии.'],
    ['eldership', '', 'I need to declare my place of residence at my new address.'],
    ['housing', '', 'Prašau įrašyti mane į socialinio būsto nuomos sąrašą.'],
    ['social-welfare', '', 'Prosze o kompensacje kosztow ogrzewania, mam niskie dochody.'],
    ['city-administration', '', 'I would like to get a construction permit for an extension of my house.'],
  ])('%s ← %s %s', (department, subject, body) => {
    const r = route(subject, body);
    expect(r.top3[0].departmentId).toBe(department);
    expect(r.top3).toHaveLength(3);
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('routes Polish text full of Lithuanian names by its Polish words', () => {
    const r = route('', 'Mieszkam przy Žirmūnų g. 12, obok Antakalnio seniūnijos. Od tygodnia nie mam ciepłej wody, kaloryfery są zimne.');
    expect(r.top3[0].departmentId).toBe('heating');
    expect(r.evidence.some((w) => /Žirmūnų|Antakalnio/.test(w))).toBe(false);
  });

  it('sends a petition it cannot place to triage, with suggestions', () => {
    const r = route('', 'Labas.');
    expect(r.departmentId).toBeNull();
    expect(r.confidence).toBeLessThan(0.6);
    expect(r.top3).toHaveLength(3);
  });

  it('one correction is enough for the same matter written again', () => {
    const learner = createDepartmentRouter(catalogue);
    const petition = { subject: '', body: 'Prašome sutvarkyti apšvietimą ir suoliukus prie Kalvarijų turgaus, vakare labai tamsu.' };
    const before = learner.route(petition).top3[0].departmentId;
    const target = before === 'eldership' ? 'city-administration' : 'eldership';
    learner.learn('case-1', target, petition);
    expect(learner.route({ subject: '', body: 'Prašome sutvarkyti apšvietimą ir suoliukus prie turgaus, vakarais labai tamsu.' }).top3[0].departmentId).toBe(target);
    learner.forget('case-1');
    expect(learner.route(petition).top3[0].departmentId).toBe(before);
  });
});

describe('the focus: what a petition asks for has a share of the decision of its own', () => {
  // Department "a" knows the story's words, "b" the request's.
  const model = createDepartmentModel(['a', 'b']);
  model.addCounts('a', textFeatures('autobusas stotele tvarkarastis vairuotojas marsrutas veluoja perpildytas'), 1);
  model.addCounts('b', textFeatures('nemokamas maitinimas mokykloje pasalpa kompensacija globa slauga parama seimai pajamos'), 1);
  const story = [
    'Autobusas veluoja kiekviena ryta, stotele be stogo, tvarkarastis stoteleje netikras.',
    'Vairuotojas nesustoja stoteleje, marsrutas visada perpildytas, autobusas vel veluoja.',
    'Vakare autobusas nevaziuoja, tvarkarastis pasikeite, vairuotojas nemandagus, marsrutas ilgas.',
  ].join(' ');
  const { features, focus } = petitionFeatures({ subject: '', body: `${story} Prašau skirti nemokamą maitinimą mokykloje.` });

  it('a long story no longer outvotes a short request by its length', () => {
    expect(model.rank(features)[0].departmentId).toBe('a');
    expect(model.rank(features, focus)[0].departmentId).toBe('b');
  });

  it('a request of a word or two has only a small part of its share', () => {
    const short = model.rankViews(features, petitionFeatures({ subject: '', body: 'Prašau maitinimo.' }).focus);
    const long = model.rankViews(features, focus);
    expect(short.focusSay).toBeLessThan(long.focusSay);
    expect(long.focusSay).toBeGreaterThan(0.7);
  });
});

describe('confidence when two departments both have real support', () => {
  const router = createDepartmentRouter(catalogue);
  const story = 'Our bus was late again this morning, the bus stop has no shelter, the timetable at the stop is wrong and the driver of route 7 drove past the stop. The buses on this route are always full.';
  const ask = 'Please tell me how to apply for free school meals for my son.';

  it('a request that points away from the story is ranked first, but is a clerk\'s decision', () => {
    const alone = router.route({ subject: '', body: ask });
    const both = router.route({ subject: '', body: `${story} ${ask}` });
    expect(alone.top3[0].departmentId).toBe('social-welfare');
    expect(alone.autoRouted).toBe(true);
    expect(both.top3[0].departmentId).toBe('social-welfare');
    expect(both.top3.map((t) => t.departmentId)).toContain('transport');
    expect(both.confidence).toBeLessThan(alone.confidence);
    expect(both.autoRouted).toBe(false);
  });

  it('no suggestion is shown as surer than the first', () => {
    for (const body of [`${story} ${ask}`, 'The heating in our flat is off and the water meter is broken. Please tell me which documents I need to bring.', 'Water is leaking from the radiator. Please help.']) {
      const { top3 } = router.route({ subject: '', body });
      for (const t of top3.slice(1)) expect(t.confidence).toBeLessThanOrEqual(top3[0].confidence);
    }
  });
});
