/**
 * The few words around a letter that are not part of its template: the reference to the
 * petition, the signer's title, the e-mail that carries the signed PDF. Typed per language, so a
 * missing translation is a compile error.
 */
import type { Lang } from '../languages.js';

export interface LetterTexts {
  reference(date: string, number: string): string;
  clerkTitle: string;
  managerTitle: string;
  municipality: string;
  address: string;
  /** The return line in a window envelope's address field: the municipality's short address. */
  returnAddress: string;
  /** The tracking code on an acknowledgement that goes by post (the petitioner has no other way to get it). */
  trackingCode(code: string): string;
  emailSubject(number: string, subject: string): string;
  /** With the one-click status link when there is one: the letter's e-mail is also the resident's notice. */
  emailBody(number: string, statusLink: string | null): string;
  fileName(number: string): string;
}

export const LETTER_TEXTS: Readonly<Record<Lang, LetterTexts>> = Object.freeze({
  lt: {
    reference: (date, number) => `Į ${date} kreipimąsi Nr. ${number}`,
    clerkTitle: 'Vyriausiasis specialistas',
    managerTitle: 'Skyriaus vedėjas',
    municipality: 'Vilniaus miesto savivaldybės administracija',
    address: 'Konstitucijos pr. 3, LT-09601 Vilnius',
    returnAddress: 'Vilniaus m. savivaldybė, Konstitucijos pr. 3, LT-09601 Vilnius',
    trackingCode: (code) => `Jūsų prašymo sekimo kodas: ${code}. Jį kartu su registracijos numeriu įveskite prašymų būsenos puslapyje. Saugokite šį laišką: kodas niekur kitur nenurodomas.`,
    emailSubject: (number, subject) => `Atsakymas į Jūsų kreipimąsi Nr. ${number}: ${subject}`,
    emailBody: (number, link) =>
      `Laba diena,\n\nsiunčiame atsakymą į Jūsų kreipimąsi Nr. ${number}. Atsakymas pasirašytas elektroniniu parašu ir pridėtas PDF formatu.\n\nPagarbiai\nVilniaus miesto savivaldybė` +
      (link ? `\n\n-- \nKreipimosi būseną galite bet kada peržiūrėti paspaudę šią nuorodą:\n${link}\n\nJei atsakysite į šį laišką, Jūsų žinutė bus pridėta prie kreipimosi Nr. ${number}.` : ''),
    fileName: (number) => `atsakymas-${number}.pdf`,
  },
  pl: {
    reference: (date, number) => `Dotyczy pisma z dnia ${date} nr ${number}`,
    clerkTitle: 'Główny specjalista',
    managerTitle: 'Kierownik wydziału',
    municipality: 'Administracja Samorządu miasta Wilna',
    address: 'Konstitucijos pr. 3, LT-09601 Wilno',
    returnAddress: 'Samorząd m. Wilna, Konstitucijos pr. 3, LT-09601 Wilno',
    trackingCode: (code) => `Kod śledzenia Pana/Pani wniosku: ${code}. Wraz z numerem rejestracyjnym należy go wpisać na stronie stanu wniosków. Prosimy zachować to pismo: kod nie jest podawany nigdzie indziej.`,
    emailSubject: (number, subject) => `Odpowiedź na pismo nr ${number}: ${subject}`,
    emailBody: (number, link) =>
      `Dzień dobry,\n\nprzesyłamy odpowiedź na pismo nr ${number}. Odpowiedź została podpisana podpisem elektronicznym i jest załączona w formacie PDF.\n\nZ poważaniem\nSamorząd miasta Wilna` +
      (link ? `\n\n-- \nStan sprawy można w każdej chwili sprawdzić, klikając w link:\n${link}\n\nOdpowiedź na tę wiadomość zostanie dołączona do sprawy nr ${number}.` : ''),
    fileName: (number) => `odpowiedz-${number}.pdf`,
  },
  ru: {
    reference: (date, number) => `На обращение от ${date} № ${number}`,
    clerkTitle: 'Главный специалист',
    managerTitle: 'Заведующий отделом',
    municipality: 'Администрация самоуправления города Вильнюса',
    address: 'Konstitucijos pr. 3, LT-09601 Вильнюс',
    returnAddress: 'Самоуправление г. Вильнюса, Konstitucijos pr. 3, LT-09601 Вильнюс',
    trackingCode: (code) => `Код отслеживания Вашего обращения: ${code}. Введите его вместе с регистрационным номером на странице статуса обращений. Сохраните это письмо: код больше нигде не указывается.`,
    emailSubject: (number, subject) => `Ответ на ваше обращение № ${number}: ${subject}`,
    emailBody: (number, link) =>
      `Здравствуйте!\n\nНаправляем ответ на ваше обращение № ${number}. Ответ подписан электронной подписью и приложен в формате PDF.\n\nС уважением,\nСамоуправление города Вильнюса` +
      (link ? `\n\n-- \nСтатус обращения можно в любой момент проверить по ссылке:\n${link}\n\nЕсли вы ответите на это письмо, ваш ответ будет приобщён к обращению № ${number}.` : ''),
    fileName: (number) => `otvet-${number}.pdf`,
  },
  en: {
    reference: (date, number) => `Your petition of ${date}, No. ${number}`,
    clerkTitle: 'Chief Officer',
    managerTitle: 'Head of Division',
    municipality: 'Vilnius City Municipality Administration',
    address: 'Konstitucijos pr. 3, LT-09601 Vilnius',
    returnAddress: 'Vilnius City Municipality, Konstitucijos pr. 3, LT-09601 Vilnius',
    trackingCode: (code) => `Your petition's tracking code: ${code}. Enter it with the registration number on the petition status page. Please keep this letter: the code is given nowhere else.`,
    emailSubject: (number, subject) => `Reply to your petition No. ${number}: ${subject}`,
    emailBody: (number, link) =>
      `Hello,\n\nplease find attached our reply to your petition No. ${number}. The reply is signed electronically and attached as a PDF.\n\nKind regards\nVilnius City Municipality` +
      (link ? `\n\n-- \nYou can check the status of your petition at any time by following this link:\n${link}\n\nIf you reply to this e-mail, your message will be added to case No. ${number}.` : ''),
    fileName: (number) => `reply-${number}.pdf`,
  },
});
