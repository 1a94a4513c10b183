/**
 * The words of a receipt, as each language says them (written, not translated word for word).
 * Typed per language like the letters' texts (replies/letter-texts.ts), so a missing translation
 * is a compile error. The municipality's name and address are the letters' own.
 */
import type { Lang } from '../languages.js';

export interface ReceiptTexts {
  title: string;
  number: string;
  received: string;
  registered: string;
  due: string;
  /** For the registration date of a case not registered yet. */
  registeredPending: string;
  /** For the due date of a case not registered yet (the word's gender differs from the date's in lt, pl, ru). */
  duePending: string;
  department: string;
  nextHeading: string;
  nextRegistered: string;
  nextPending: string;
  trackHeading: string;
  track(statusPage: string): string;
  codeLabel: string;
  keep: string;
  printed(date: string): string;
  fileName(number: string): string;
}

export const RECEIPT_TEXTS: Readonly<Record<Lang, ReceiptTexts>> = Object.freeze({
  lt: {
    title: 'Kreipimosi priėmimo kvitas',
    number: 'Registracijos numeris',
    received: 'Gavimo data',
    registered: 'Registravimo data',
    due: 'Atsakymo terminas',
    registeredPending: 'bus nustatyta užregistravus kreipimąsi',
    duePending: 'bus nustatytas užregistravus kreipimąsi',
    department: 'Nagrinėja',
    nextHeading: 'Kas bus toliau',
    nextRegistered:
      'Jūsų kreipimąsi išnagrinės už šią sritį atsakingas padalinys. Atsakymą gausite raštu ne vėliau kaip iki nurodyto termino. Jei prireiks papildomos informacijos, su Jumis susisieksime.',
    nextPending:
      'Jūsų kreipimasis bus užregistruotas artimiausią darbo dieną ir perduotas nagrinėti atsakingam padaliniui. Atsakymą gausite raštu per teisės aktų nustatytą terminą.',
    trackHeading: 'Kaip sekti kreipimosi eigą',
    track: (page) => `Nuskenuokite QR kodą arba atidarykite ${page}, tada įveskite registracijos numerį ir šį sekimo kodą:`,
    codeLabel: 'Sekimo kodas',
    keep: 'Saugokite šį kvitą: sekimo kodas niekur kitur nerodomas. Atspausdinus naują kvitą, šis kodas nebegalioja.',
    printed: (date) => `Kvitas atspausdintas ${date}`,
    fileName: (number) => `kvitas-${number}.pdf`,
  },
  pl: {
    title: 'Potwierdzenie przyjęcia pisma',
    number: 'Numer sprawy',
    received: 'Data wpływu',
    registered: 'Data rejestracji',
    due: 'Termin odpowiedzi',
    registeredPending: 'zostanie ustalona po zarejestrowaniu pisma',
    duePending: 'zostanie ustalony po zarejestrowaniu pisma',
    department: 'Rozpatruje',
    nextHeading: 'Co dalej',
    nextRegistered:
      'Pismo rozpatrzy właściwy wydział. Odpowiedź zostanie udzielona na piśmie najpóźniej w podanym terminie. Jeżeli potrzebne będą dodatkowe informacje, skontaktujemy się z wnoszącym.',
    nextPending:
      'Pismo zostanie zarejestrowane najbliższego dnia roboczego i przekazane do właściwego wydziału. Odpowiedź zostanie udzielona na piśmie w terminie przewidzianym w przepisach.',
    trackHeading: 'Jak sprawdzić status pisma',
    track: (page) => `Należy zeskanować kod QR lub otworzyć stronę ${page}, a następnie wpisać numer sprawy i poniższy kod do śledzenia:`,
    codeLabel: 'Kod do śledzenia',
    keep: 'Prosimy zachować to potwierdzenie: kod do śledzenia nie jest nigdzie indziej pokazywany. Wydrukowanie nowego potwierdzenia unieważnia ten kod.',
    printed: (date) => `Wydrukowano ${date}`,
    fileName: (number) => `potwierdzenie-${number}.pdf`,
  },
  ru: {
    title: 'Расписка о приёме обращения',
    number: 'Номер дела',
    received: 'Дата поступления',
    registered: 'Дата регистрации',
    due: 'Срок ответа',
    registeredPending: 'будет указана после регистрации обращения',
    duePending: 'будет установлен после регистрации обращения',
    department: 'Рассматривает',
    nextHeading: 'Что дальше',
    nextRegistered:
      'Ваше обращение рассмотрит ответственное подразделение. Письменный ответ вы получите не позднее указанного срока. Если понадобятся дополнительные сведения, мы с вами свяжемся.',
    nextPending:
      'Ваше обращение будет зарегистрировано в ближайший рабочий день и передано в ответственное подразделение. Письменный ответ вы получите в срок, установленный законом.',
    trackHeading: 'Как следить за рассмотрением обращения',
    track: (page) => `Отсканируйте QR-код или откройте страницу ${page}, затем введите номер дела и этот код отслеживания:`,
    codeLabel: 'Код отслеживания',
    keep: 'Сохраните эту расписку: код отслеживания больше нигде не показывается. Если будет распечатана новая расписка, этот код перестанет действовать.',
    printed: (date) => `Расписка распечатана ${date}`,
    fileName: (number) => `raspiska-${number}.pdf`,
  },
  en: {
    title: 'Receipt for your petition',
    number: 'Case number',
    received: 'Date received',
    registered: 'Date registered',
    due: 'Reply due by',
    registeredPending: 'will be set when the petition is registered',
    duePending: 'will be set when the petition is registered',
    department: 'Department',
    nextHeading: 'What happens next',
    nextRegistered:
      'The department responsible will examine your petition. You will receive a written reply no later than the due date. If we need more information, we will contact you.',
    nextPending:
      'Your petition will be registered on the next working day and passed to the department responsible. You will receive a written reply within the time limit set by law.',
    trackHeading: 'How to follow your petition',
    track: (page) => `Scan the QR code or go to ${page}, then enter the case number and this tracking code:`,
    codeLabel: 'Tracking code',
    keep: 'Keep this receipt: the tracking code is not shown anywhere else. If a new receipt is printed, this code stops working.',
    printed: (date) => `Printed on ${date}`,
    fileName: (number) => `receipt-${number}.pdf`,
  },
});
