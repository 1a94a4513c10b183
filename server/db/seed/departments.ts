import type { Lang } from '../../languages.js';

/**
 * The ten departments a petition can be routed to. Seed data only: clerks and managers
 * may edit names and addresses later; the ids are stable because routing, templates and
 * the service catalogue refer to them.
 *
 * E-mail addresses are deliberately on an example domain: the desk must never mail a real
 * municipal inbox from a demo or test installation.
 */
export interface DepartmentSeed {
  id: string;
  /** The institution's legal name as written on a reply letter (always in Lithuanian). */
  legalName: string;
  /** Short display name in each served language. */
  names: Record<Lang, string>;
  email: string;
}

export const DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    id: 'water',
    legalName: 'UAB „Vilniaus vandenys“',
    names: {
      lt: 'Vandentvarka',
      pl: 'Wodociągi i kanalizacja',
      ru: 'Водоснабжение и канализация',
      en: 'Water and sewage',
    },
    email: 'water@desk.vilnius.example',
  },
  {
    id: 'heating',
    legalName: 'AB „Vilniaus šilumos tinklai“',
    names: {
      lt: 'Šildymas ir karštas vanduo',
      pl: 'Ogrzewanie i ciepła woda',
      ru: 'Отопление и горячая вода',
      en: 'Heating and hot water',
    },
    email: 'heating@desk.vilnius.example',
  },
  {
    id: 'transport',
    legalName: 'SĮ „Susisiekimo paslaugos“',
    names: {
      lt: 'Viešasis transportas ir eismas',
      pl: 'Komunikacja miejska i ruch drogowy',
      ru: 'Общественный транспорт и движение',
      en: 'Public transport and traffic',
    },
    email: 'transport@desk.vilnius.example',
  },
  {
    id: 'waste',
    legalName: 'SĮ „Vilniaus atliekų sistemos administratorius“',
    names: {
      lt: 'Atliekų tvarkymas',
      pl: 'Gospodarka odpadami',
      ru: 'Вывоз и переработка отходов',
      en: 'Waste collection',
    },
    email: 'waste@desk.vilnius.example',
  },
  {
    id: 'housing',
    legalName: 'SĮ „Vilniaus miesto būstas“',
    names: {
      lt: 'Savivaldybės ir socialinis būstas',
      pl: 'Mieszkania komunalne i socjalne',
      ru: 'Муниципальное и социальное жильё',
      en: 'Municipal and social housing',
    },
    email: 'housing@desk.vilnius.example',
  },
  {
    id: 'civil-registry',
    legalName: 'Vilniaus miesto savivaldybės administracijos Civilinės metrikacijos skyrius',
    names: {
      lt: 'Civilinė metrikacija',
      pl: 'Urząd stanu cywilnego',
      ru: 'Регистрация актов гражданского состояния',
      en: 'Civil registry',
    },
    email: 'civil-registry@desk.vilnius.example',
  },
  {
    id: 'social-welfare',
    legalName: 'Vilniaus miesto savivaldybės administracijos Socialinės paramos skyrius',
    names: {
      lt: 'Socialinė parama',
      pl: 'Pomoc społeczna',
      ru: 'Социальная помощь',
      en: 'Social welfare',
    },
    email: 'social-welfare@desk.vilnius.example',
  },
  {
    id: 'archive',
    legalName: 'Vilniaus miesto savivaldybės administracijos Archyvų skyrius',
    names: {
      lt: 'Archyvas',
      pl: 'Archiwum miejskie',
      ru: 'Городской архив',
      en: 'Municipal archive',
    },
    email: 'archive@desk.vilnius.example',
  },
  {
    id: 'eldership',
    legalName: 'Vilniaus miesto savivaldybės administracijos seniūnijos',
    names: {
      lt: 'Seniūnijos',
      pl: 'Starostwa',
      ru: 'Староства',
      en: 'Elderships (seniūnijos)',
    },
    email: 'eldership@desk.vilnius.example',
  },
  {
    id: 'city-administration',
    legalName: 'Vilniaus miesto savivaldybės administracija',
    names: {
      lt: 'Savivaldybės administracija',
      pl: 'Administracja samorządu',
      ru: 'Администрация самоуправления',
      en: 'City administration',
    },
    email: 'city-administration@desk.vilnius.example',
  },
];
