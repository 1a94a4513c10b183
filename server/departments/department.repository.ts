import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.js';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';
import type { CatalogueService, Department, ServiceText } from './department.js';

function toDepartment(row: Selectable<DB['departments']>): Department {
  return {
    id: row.id,
    legalName: row.legal_name,
    names: { lt: row.name_lt, pl: row.name_pl, ru: row.name_ru, en: row.name_en },
    email: row.email,
    active: Number(row.active) === 1,
    fourEyes: Number(row.four_eyes) === 1,
  };
}

export async function selectDepartments(db: Kysely<DB>): Promise<Department[]> {
  const rows = await db.selectFrom('departments').selectAll().orderBy('id').execute();
  return rows.map(toDepartment);
}

export async function selectDepartment(db: Kysely<DB>, id: string): Promise<Department | undefined> {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDepartment(row);
}

export async function upsertDepartment(db: Kysely<DB>, d: Department, at: string): Promise<void> {
  const values = {
    legal_name: d.legalName,
    name_lt: d.names.lt,
    name_pl: d.names.pl,
    name_ru: d.names.ru,
    name_en: d.names.en,
    email: d.email,
    active: d.active ? 1 : 0,
    four_eyes: d.fourEyes ? 1 : 0,
  };
  await db
    .insertInto('departments')
    .values({ id: d.id, created_at: at, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export async function selectCatalogue(db: Kysely<DB>): Promise<CatalogueService[]> {
  const services = await db.selectFrom('services').selectAll().orderBy('department_id').orderBy('position').execute();
  const texts = await db.selectFrom('service_texts').selectAll().execute();
  const byService = new Map<string, Partial<Record<Lang, ServiceText>>>();
  for (const t of texts) {
    const entry = byService.get(t.service_id) ?? {};
    entry[t.lang as Lang] = { name: t.name, description: t.description, keywords: t.keywords.split('\n').filter(Boolean) };
    byService.set(t.service_id, entry);
  }
  return services.map((s) => {
    const entry = byService.get(s.id) ?? {};
    const fallback = entry.en ?? entry.lt ?? { name: s.slug, description: '', keywords: [] };
    const all = Object.fromEntries(SERVED_LANGUAGES.map((l) => [l, entry[l] ?? fallback])) as Record<Lang, ServiceText>;
    return { id: s.id, slug: s.slug, departmentId: s.department_id, texts: all };
  });
}

/**
 * A department from the reference catalogue: inserted as active without four-eyes approval, or, when
 * it exists, given the catalogue's names, legal name and e-mail while keeping what an admin set in
 * the app (active, four-eyes). One statement, so two processes loading at once cannot interleave.
 */
export async function saveCatalogueDepartment(db: Kysely<DB>, d: Omit<Department, 'active' | 'fourEyes'>, at: string): Promise<void> {
  const values = { legal_name: d.legalName, name_lt: d.names.lt, name_pl: d.names.pl, name_ru: d.names.ru, name_en: d.names.en, email: d.email };
  // An existing department is the admin's to edit in the app (names, legal name, e-mail, settings):
  // `migrate` runs at every start, and must never undo an admin's change.
  await db
    .insertInto('departments')
    .values({ id: d.id, created_at: at, active: 1, four_eyes: 0, ...values })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/**
 * A service of the reference catalogue, by slug: a new one gets `newId`, an existing one keeps its
 * id (cases and routing refer to it) and takes the department, position and texts given. Run it
 * inside the caller's transaction.
 */
export async function saveCatalogueService(
  db: Kysely<DB>,
  s: { slug: string; departmentId: string; texts: Record<Lang, ServiceText> },
  position: number,
  newId: string,
): Promise<void> {
  const { id } = await db
    .insertInto('services')
    .values({ id: newId, slug: s.slug, department_id: s.departmentId, position })
    .onConflict((oc) => oc.column('slug').doUpdateSet({ department_id: s.departmentId, position }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('service_texts')
    .values(
      SERVED_LANGUAGES.map((lang) => ({
        service_id: id,
        lang,
        name: s.texts[lang].name,
        description: s.texts[lang].description,
        keywords: s.texts[lang].keywords.join('\n'),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['service_id', 'lang']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        description: eb.ref('excluded.description'),
        keywords: eb.ref('excluded.keywords'),
      })),
    )
    .execute();
}
