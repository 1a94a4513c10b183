/**
 * A visit's iCalendar event: the instants are UTC and right on both sides of the daylight-saving
 * changes (last Sundays of March and October 2027: 28 March, 31 October), the UID is the visit's
 * for its whole life, a move raises SEQUENCE and a cancellation is METHOD:CANCEL / STATUS:CANCELLED,
 * LOCATION names the service point and its address, the texts are the resident's language.
 * The output is parsed back (unfolded, unescaped) rather than matched as text.
 */
import { describe, expect, it } from 'vitest';
import { ICS_PRODUCT_ID, visitCalendar, visitEventUid, type VisitCalendarInput } from '../../server/visits/ics';
import { formatVisitDate, formatVisitTime, vilniusInstant, vilniusLocalOf } from '../../server/visits/notices/vilnius-time';

interface Prop { name: string; params: Record<string, string>; value: string }

/** RFC 5545 content lines: unfold (CRLF + space/tab), then NAME;PARAM=V:VALUE, text values unescaped. */
function parseIcs(text: string): { lines: string[]; props: Prop[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ends CRLF
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const props = lines.map((line) => {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const [name, ...params] = line.slice(0, colon).split(';');
    return {
      name: name!,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1).replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1'),
    };
  });
  return { lines, props };
}

function eventOf(text: string) {
  const { props } = parseIcs(text);
  const names = props.map((p) => p.name);
  const begin = names.indexOf('BEGIN', names.indexOf('BEGIN') + 1);
  expect(props[begin]!.value).toBe('VEVENT');
  const end = names.lastIndexOf('END', names.lastIndexOf('END') - 1);
  const one = (list: Prop[], name: string) => {
    const found = list.filter((p) => p.name === name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };
  const calendar = props.slice(0, begin);
  const event = props.slice(begin + 1, end);
  return { calendar: (n: string) => one(calendar, n), event: (n: string) => one(event, n), all: props };
}

/** '20270329T060000Z' → the instant. */
function instantOf(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  expect(m, value).not.toBeNull();
  return new Date(Date.UTC(+m![1]!, +m![2]! - 1, +m![3]!, +m![4]!, +m![5]!, +m![6]!)).toISOString();
}

const point = {
  names: { lt: 'Civilinės metrikacijos skyrius', pl: 'Wydział Stanu Cywilnego', ru: 'Отдел записи актов гражданского состояния', en: 'Civil Registry' },
  address: 'Konstitucijos pr. 3, Vilnius',
};

function input(over: Partial<VisitCalendarInput> & { start?: string; end?: string } = {}): VisitCalendarInput {
  const { start = '2027-03-29T09:00', end = '2027-03-29T09:15', ...rest } = over;
  return {
    visit: { id: 'v-0001', reference: 'V-2027-000042', start, end, createdAt: '2027-03-01T10:00:00.000Z', updatedAt: '2027-03-01T10:00:00.000Z' },
    servicePoint: point,
    lang: 'lt',
    summary: 'Vizitas savivaldybėje: Santuokos registracija (V-2027-000042)',
    description: 'Registracijos numeris: V-2027-000042; kodą turite.\nAntra eilutė, su kableliu',
    sequence: 0,
    cancelled: false,
    stamp: new Date('2027-03-01T10:00:05Z'),
    ...rest,
  };
}

describe('Vilnius wall-clock times and their instants', () => {
  it.each([
    // Winter (EET, +02:00) before the spring change on Sunday 28 March 2027, summer (EEST, +03:00) after.
    ['2027-03-26T09:00', '2027-03-26T07:00:00.000Z'],
    ['2027-03-27T23:30', '2027-03-27T21:30:00.000Z'],
    ['2027-03-28T02:59', '2027-03-28T00:59:00.000Z'],
    ['2027-03-28T04:00', '2027-03-28T01:00:00.000Z'],
    ['2027-03-29T09:00', '2027-03-29T06:00:00.000Z'],
    // Summer before the autumn change on Sunday 31 October 2027, winter after.
    ['2027-10-29T09:00', '2027-10-29T06:00:00.000Z'],
    ['2027-10-29T16:45', '2027-10-29T13:45:00.000Z'],
    ['2027-11-01T09:00', '2027-11-01T07:00:00.000Z'],
    ['2027-11-02T16:45', '2027-11-02T14:45:00.000Z'],
  ])('%s in Vilnius is %s', (local, utc) => {
    expect(vilniusInstant(local).toISOString()).toBe(utc);
    expect(vilniusLocalOf(new Date(utc))).toBe(local);
  });

  it('the hour skipped in spring names no instant; a malformed time is refused', () => {
    expect(() => vilniusInstant('2027-03-28T03:30')).toThrow(RangeError);
    expect(() => vilniusInstant('2027-03-29 09:00')).toThrow(RangeError);
  });

  it('the repeated autumn hour is read as its first (summer) occurrence', () => {
    expect(vilniusInstant('2027-10-31T03:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('dates and times read as each language writes them, on the Vilnius calendar', () => {
    // 00:30 on 29 March in Vilnius is still 28 March in UTC: the day shown is Vilnius's.
    expect(formatVisitDate('2027-03-29T00:30', 'lt')).toBe('2027 m. kovo 29 d., pirmadienis');
    expect(formatVisitDate('2027-03-29T09:00', 'pl')).toBe('poniedziałek, 29 marca 2027');
    expect(formatVisitDate('2027-03-29T09:00', 'ru')).toBe('понедельник, 29 марта 2027 г.');
    expect(formatVisitDate('2027-03-29T09:00', 'en')).toMatch(/^Monday,? 29 March 2027$/);
    for (const lang of ['lt', 'pl', 'ru', 'en'] as const) expect(formatVisitTime('2027-11-02T16:45', lang)).toBe('16:45');
  });
});

describe('a visit as an iCalendar event', () => {
  it.each([
    ['2027-03-26T09:00', '2027-03-26T09:15', '2027-03-26T07:00:00.000Z', '2027-03-26T07:15:00.000Z'],
    ['2027-03-29T09:00', '2027-03-29T09:30', '2027-03-29T06:00:00.000Z', '2027-03-29T06:30:00.000Z'],
    ['2027-10-29T15:30', '2027-10-29T15:45', '2027-10-29T12:30:00.000Z', '2027-10-29T12:45:00.000Z'],
    ['2027-11-01T08:00', '2027-11-01T08:30', '2027-11-01T06:00:00.000Z', '2027-11-01T06:30:00.000Z'],
  ])('%s–%s is DTSTART %s, DTEND %s, in UTC', (start, end, utcStart, utcEnd) => {
    const ics = eventOf(visitCalendar(input({ start, end })).content);
    expect(instantOf(ics.event('DTSTART').value)).toBe(utcStart);
    expect(instantOf(ics.event('DTEND').value)).toBe(utcEnd);
    expect(ics.event('DTSTART').params).toEqual({});
  });

  it('a booking is published, with the visit as UID, where and what, in the resident language', () => {
    const file = visitCalendar(input());
    expect(file.filename).toBe('V-2027-000042.ics');
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    const ics = eventOf(file.content);
    expect(ics.calendar('VERSION').value).toBe('2.0');
    expect(ics.calendar('PRODID').value).toBe(ICS_PRODUCT_ID);
    expect(ics.calendar('METHOD').value).toBe('PUBLISH');
    expect(ics.event('UID').value).toBe(visitEventUid('v-0001'));
    expect(ics.event('SEQUENCE').value).toBe('0');
    expect(ics.event('STATUS').value).toBe('CONFIRMED');
    expect(ics.event('SUMMARY').value).toBe('Vizitas savivaldybėje: Santuokos registracija (V-2027-000042)');
    expect(ics.event('DESCRIPTION').value).toBe('Registracijos numeris: V-2027-000042; kodą turite.\nAntra eilutė, su kableliu');
    expect(ics.event('LOCATION').value).toBe('Civilinės metrikacijos skyrius, Konstitucijos pr. 3, Vilnius');
    expect(instantOf(ics.event('DTSTAMP').value)).toBe('2027-03-01T10:00:05.000Z');
    expect(ics.all.filter((p) => p.name === 'ORGANIZER')).toHaveLength(0);
  });

  it('the place is named in the resident language', () => {
    const ics = eventOf(visitCalendar(input({ lang: 'ru', summary: 'Приём', description: 'Номер записи' })).content);
    expect(ics.event('LOCATION').value).toBe('Отдел записи актов гражданского состояния, Konstitucijos pr. 3, Vilnius');
    expect(ics.event('SUMMARY').value).toBe('Приём');
  });

  it('a move updates the same event: same UID, higher SEQUENCE, the new instants', () => {
    const booked = eventOf(visitCalendar(input()).content);
    const moved = eventOf(visitCalendar(input({ start: '2027-11-01T10:15', end: '2027-11-01T10:30', sequence: 1, stamp: new Date('2027-03-20T08:00:00Z') })).content);
    expect(moved.event('UID').value).toBe(booked.event('UID').value);
    expect(Number(moved.event('SEQUENCE').value)).toBeGreaterThan(Number(booked.event('SEQUENCE').value));
    expect(instantOf(moved.event('DTSTART').value)).toBe('2027-11-01T08:15:00.000Z');
    expect(moved.calendar('METHOD').value).toBe('PUBLISH');
  });

  it('a cancellation is METHOD:CANCEL, STATUS:CANCELLED, under the same UID, from the organizer', () => {
    const file = visitCalendar(input({ cancelled: true, sequence: 2, organizer: { name: 'Vilniaus miesto savivaldybės administracija', email: 'desk@vilnius.example' } }));
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    const ics = eventOf(file.content);
    expect(ics.calendar('METHOD').value).toBe('CANCEL');
    expect(ics.event('STATUS').value).toBe('CANCELLED');
    expect(ics.event('UID').value).toBe(visitEventUid('v-0001'));
    expect(ics.event('SEQUENCE').value).toBe('2');
    expect(ics.event('ORGANIZER').value.toLowerCase()).toBe('mailto:desk@vilnius.example');
    expect(ics.event('ORGANIZER').params.CN).toBe('"Vilniaus miesto savivaldybės administracija"');
  });
});
