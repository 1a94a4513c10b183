/** The same matter written again goes where a clerk decided it belongs, even when the catalogue is unsure of it. */
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../server/departments/catalogue.store';
import { createDepartmentRouter } from '../../server/routing/department-router';

const first = { subject: 'Dronų skrydžiai', body: 'Virš mūsų namo nuolat skraido dronai ir filmuoja pro langus. Prašau išsiaiškinti.' };
const again = { subject: 'Dronai virš kiemo', body: 'Virš mūsų kiemo kasdien skraido dronai ir filmuoja pro langus. Prašau išsiaiškinti, kas tai daro.' };
const other = { subject: 'Dronai virš namo', body: 'Dronai skraido virš namo vakarais ir triukšmauja. Kas už tai atsakingas?' };

describe('a petition a clerk has decided, written again', () => {
  it('is routed automatically to the department the clerk chose', () => {
    const router = createDepartmentRouter(readCatalogue());
    expect(router.route(again).autoRouted).toBe(false);
    router.learn('case-1', 'city-administration', { subject: '', body: `${first.subject}\n${first.body}` });
    const routing = router.route(again);
    expect(routing).toMatchObject({ departmentId: 'city-administration', autoRouted: true });
  });

  it('a petition only somewhat like it still needs the calibrated confidence', () => {
    const router = createDepartmentRouter(readCatalogue());
    router.learn('case-1', 'city-administration', { subject: '', body: `${first.subject}\n${first.body}` });
    const routing = router.route(other);
    // Suggested where the clerk's decision points, but not sure enough to route without a person.
    expect(routing.top3[0].departmentId).toBe('city-administration');
    expect(routing.autoRouted).toBe(false);
  });
});
