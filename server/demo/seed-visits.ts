/**
 * Demo service points and bookable services for visits by appointment: the Civil Registry, the
 * archive, social welfare and two elderships, each with counters and weekly hours, and the matters
 * that may be booked there (most take one 15-minute slot; a marriage registration takes two).
 * Idempotent: written by slug, so seeding again updates and adds nothing.
 */
import type { Services } from '../services.js';
import type { BookableServiceSpec, ServicePointSpec } from '../visits/save-visit-catalogue.js';

const WEEK = {
  1: { opens: '08:00', closes: '17:00' }, 2: { opens: '08:00', closes: '17:00' }, 3: { opens: '08:00', closes: '17:00' },
  4: { opens: '08:00', closes: '17:00' }, 5: { opens: '08:00', closes: '15:45' },
};
const ADDRESS = 'Konstitucijos pr. 3, LT-09601 Vilnius';
const E_SERVICES = 'https://www.epaslaugos.lt/';

export const DEMO_SERVICE_POINTS: ServicePointSpec[] = [
  {
    slug: 'civil-registry-centre', departmentId: 'civil-registry', address: ADDRESS, counters: 3, hours: WEEK,
    names: { lt: 'Civilinės metrikacijos skyrius', pl: 'Wydział Stanu Cywilnego', ru: 'Отдел регистрации актов гражданского состояния', en: 'Civil Registry Office' },
  },
  {
    slug: 'archive-reading-room', departmentId: 'archive', address: ADDRESS, counters: 2,
    hours: { 1: { opens: '09:00', closes: '16:00' }, 2: { opens: '09:00', closes: '16:00' }, 3: { opens: '09:00', closes: '16:00' }, 4: { opens: '09:00', closes: '16:00' }, 5: { opens: '09:00', closes: '14:00' } },
    names: { lt: 'Archyvo skaitykla', pl: 'Czytelnia archiwum', ru: 'Читальный зал архива', en: 'Archive reading room' },
  },
  {
    slug: 'social-welfare-centre', departmentId: 'social-welfare', address: ADDRESS, counters: 2, hours: WEEK,
    names: { lt: 'Socialinės paramos skyrius', pl: 'Wydział Pomocy Społecznej', ru: 'Отдел социальной поддержки', en: 'Social Welfare Office' },
  },
  {
    slug: 'naujamiestis-eldership', departmentId: 'eldership', address: 'Švitrigailos g. 11A, LT-03228 Vilnius', counters: 2, hours: WEEK,
    names: { lt: 'Naujamiesčio seniūnija', pl: 'Starostwo Naujamiestis', ru: 'Науяместское староство', en: 'Naujamiestis Eldership' },
  },
  {
    slug: 'antakalnis-eldership', departmentId: 'eldership', address: 'Antakalnio g. 17, LT-10312 Vilnius', counters: 1,
    hours: { 1: { opens: '08:00', closes: '17:00' }, 2: { opens: '08:00', closes: '17:00' }, 3: { opens: '08:00', closes: '12:00' }, 4: { opens: '08:00', closes: '17:00' }, 5: { opens: '08:00', closes: '15:45' } },
    names: { lt: 'Antakalnio seniūnija', pl: 'Starostwo Antokol', ru: 'Антакальнисское староство', en: 'Antakalnis Eldership' },
  },
];

const ELDERSHIPS = ['naujamiestis-eldership', 'antakalnis-eldership'];

export const DEMO_BOOKABLE_SERVICES: BookableServiceSpec[] = [
  {
    slug: 'marriage-registration', departmentId: 'civil-registry', durationSlots: 2, servicePoints: ['civil-registry-centre'],
    remote: { possible: false, eServiceUrl: null, petitionForm: false },
    texts: {
      lt: { name: 'Santuokos registravimas', description: 'Prašymo įregistruoti santuoką pateikimas. Atvykite abu sužadėtiniai su asmens dokumentais.' },
      pl: { name: 'Rejestracja małżeństwa', description: 'Złożenie wniosku o rejestrację małżeństwa. Przychodzą oboje narzeczeni z dokumentami tożsamości.' },
      ru: { name: 'Регистрация брака', description: 'Подача заявления о регистрации брака. Приходят оба будущих супруга с документами, удостоверяющими личность.' },
      en: { name: 'Marriage registration', description: 'Filing the application to register a marriage. Both partners come, with their identity documents.' },
    },
  },
  {
    slug: 'birth-registration', departmentId: 'civil-registry', durationSlots: 1, servicePoints: ['civil-registry-centre'],
    remote: { possible: true, eServiceUrl: E_SERVICES, petitionForm: false },
    texts: {
      lt: { name: 'Gimimo registravimas', description: 'Vaiko gimimą galima įregistruoti ir elektroniniu būdu per Elektroninių valdžios vartų portalą.' },
      pl: { name: 'Rejestracja urodzenia', description: 'Urodzenie dziecka można zarejestrować także przez internet, w portalu e-usług administracji publicznej.' },
      ru: { name: 'Регистрация рождения', description: 'Рождение ребёнка можно зарегистрировать и электронно, через портал электронных государственных услуг.' },
      en: { name: 'Birth registration', description: 'A birth can also be registered online, through the government e-services portal.' },
    },
  },
  {
    slug: 'archive-certificate', departmentId: 'archive', durationSlots: 1, servicePoints: ['archive-reading-room'],
    remote: { possible: true, eServiceUrl: E_SERVICES, petitionForm: true },
    texts: {
      lt: { name: 'Archyvinė pažyma', description: 'Pažymos apie darbo stažą, mokymąsi ar nuosavybę iš saugomų dokumentų. Prašymą galima pateikti ir internetu.' },
      pl: { name: 'Zaświadczenie archiwalne', description: 'Zaświadczenia o stażu pracy, nauce lub własności na podstawie przechowywanych dokumentów. Wniosek można złożyć także przez internet.' },
      ru: { name: 'Архивная справка', description: 'Справки о трудовом стаже, учёбе или собственности по хранящимся документам. Заявление можно подать и через интернет.' },
      en: { name: 'Archive certificate', description: 'Certificates of employment, schooling or property from the records we keep. You can also apply online.' },
    },
  },
  {
    slug: 'social-benefit-consultation', departmentId: 'social-welfare', durationSlots: 1, servicePoints: ['social-welfare-centre'],
    remote: { possible: true, eServiceUrl: 'https://www.spis.lt/', petitionForm: true },
    texts: {
      lt: { name: 'Konsultacija dėl socialinių išmokų', description: 'Kokios išmokos ir kompensacijos jums priklauso ir kaip jų kreiptis. Prašymą galima pateikti ir per SPIS.' },
      pl: { name: 'Konsultacja w sprawie świadczeń socjalnych', description: 'Jakie świadczenia i dopłaty Państwu przysługują i jak się o nie ubiegać. Wniosek można złożyć także w systemie SPIS.' },
      ru: { name: 'Консультация по социальным пособиям', description: 'Какие пособия и компенсации вам положены и как их получить. Заявление можно подать и через систему SPIS.' },
      en: { name: 'Social benefits consultation', description: 'Which benefits and allowances you are entitled to and how to apply. You can also apply through SPIS.' },
    },
  },
  {
    slug: 'residence-declaration', departmentId: 'eldership', durationSlots: 1, servicePoints: ELDERSHIPS,
    remote: { possible: true, eServiceUrl: E_SERVICES, petitionForm: false },
    texts: {
      lt: { name: 'Gyvenamosios vietos deklaravimas', description: 'Gyvenamąją vietą greičiausia deklaruoti internetu per Elektroninių valdžios vartų portalą.' },
      pl: { name: 'Deklaracja miejsca zamieszkania', description: 'Miejsce zamieszkania najszybciej zadeklarować przez internet, w portalu e-usług administracji publicznej.' },
      ru: { name: 'Декларирование места жительства', description: 'Быстрее всего задекларировать место жительства через интернет, на портале электронных государственных услуг.' },
      en: { name: 'Declaring your place of residence', description: 'The quickest way to declare where you live is online, through the government e-services portal.' },
    },
  },
  {
    slug: 'eldership-certificate', departmentId: 'eldership', durationSlots: 1, servicePoints: ELDERSHIPS,
    remote: { possible: true, eServiceUrl: null, petitionForm: true },
    texts: {
      lt: { name: 'Seniūnijos pažyma', description: 'Pažymos apie šeimos sudėtį ar gyvenamąją vietą. Prašymą galima pateikti ir šio puslapio prašymo forma.' },
      pl: { name: 'Zaświadczenie starostwa', description: 'Zaświadczenia o składzie rodziny lub miejscu zamieszkania. Wniosek można złożyć także formularzem na tej stronie.' },
      ru: { name: 'Справка староства', description: 'Справки о составе семьи или месте жительства. Заявление можно подать и через форму обращения на этом сайте.' },
      en: { name: 'Eldership certificate', description: 'Certificates of household members or place of residence. You can also ask for one with the petition form on this site.' },
    },
  },
];

export async function seedVisits(services: Services): Promise<{ servicePoints: number; services: number }> {
  return services.visits.saveVisitCatalogue({ servicePoints: DEMO_SERVICE_POINTS, services: DEMO_BOOKABLE_SERVICES });
}
