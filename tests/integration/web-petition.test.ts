import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDesk, DATABASES, type TestDesk } from './harness';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS, p)));

const form = {
  language: 'lt' as const,
  name: 'Rūta Petraitienė',
  email: 'ruta@example.lt',
  phone: null,
  address: 'Žirmūnų g. 5-12, Vilnius',
  subject: 'Vandens skaitiklio keitimas',
  body: 'Prašau pakeisti vandens skaitiklį, jis praleidžia vandenį.',
  kind: 'request' as const,
  serviceSlug: 'water-meters',
};

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`web petitions on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('routes by the chosen topic and stores attachments by their content address', async () => {
      const scan = read('scans/dev-en-housing-1.scan.pdf');
      const r = await desk.services.intake.submitWebPetition(form, [{ filename: '../../etc/skundas.pdf', bytes: scan }]);
      const manager = await desk.services.auth.addUser(null, { email: 'm@desk.test', name: 'Manager', role: 'manager', departmentId: null, password: 'correct horse battery staple' });
      const view = await desk.services.cases.getCaseForStaff(manager, r.number);
      expect(view.kase.departmentId).toBe('water');
      expect(view.kase.language).toBe('lt');
      expect(view.documents).toHaveLength(1);
      expect(view.documents[0]).toMatchObject({ filename: 'skundas.pdf', mediaType: 'application/pdf', sizeBytes: scan.byteLength });
      const blobFile = path.join(desk.dataDir, 'blobs', view.documents[0].sha256.slice(0, 2), view.documents[0].sha256.slice(2, 4), view.documents[0].sha256);
      expect(fs.readFileSync(blobFile).equals(Buffer.from(scan))).toBe(true);
    });

    it.each([
      ['badinputs/html_disguised.pdf', 'unsupported_type'],
      ['badinputs/gif_disguised.png', 'unsupported_type'],
      ['badinputs/svg_script_disguised.png', 'unsupported_type'],
      ['badinputs/random_bytes.pdf', 'unsupported_type'],
    ])('refuses %s with a reason the resident can read, and registers nothing', async (file, reason) => {
      await expect(desk.services.intake.submitWebPetition(form, [{ filename: path.basename(file), bytes: read(file) }])).rejects.toMatchObject({
        code: 'invalid_input',
        details: expect.objectContaining({ reason: `file_${reason}` }),
      });
      const manager = await desk.services.auth.addUser(null, { email: 'm@desk.test', name: 'Manager', role: 'manager', departmentId: null, password: 'correct horse battery staple' });
      expect(await desk.services.cases.listInbox(manager, { view: 'all' })).toEqual([]);
    });

    it('an unknown topic or too many files is refused', async () => {
      await expect(desk.services.intake.submitWebPetition({ ...form, serviceSlug: 'no-such-topic' }, [])).rejects.toMatchObject({
        details: expect.objectContaining({ reason: 'bad_topic' }),
      });
      const pdf = read('scans/dev-en-housing-1.scan.pdf');
      const many = Array.from({ length: 11 }, (_, i) => ({ filename: `${i}.pdf`, bytes: pdf }));
      await expect(desk.services.intake.submitWebPetition(form, many)).rejects.toMatchObject({
        details: expect.objectContaining({ reason: 'too_many_files' }),
      });
    });
  });
}
