/* Frozen in time: Kysely<any>, no imports from the app. Links between cases a clerk judged to be about
   the same matter: one row per pair, stored once with the smaller case id first (case_a < case_b), so a
   pair cannot be linked twice in either order; the primary key finds a case's links as case_a, the
   index on case_b as case_b. Same-petitioner cases need no table: they are found through the
   petitioners' e-mail and phone and cases.petitioner_id, indexed by the search migration (010). */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_links')
    .addColumn('case_a', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('case_b', 'text', (c) => c.notNull().references('cases.id'))
    // 'same_matter' (the only kind a clerk adds; same-petitioner cases are found, not stored).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_links_pair', ['case_a', 'case_b'])
    .addCheckConstraint('case_links_ordered', sql`case_a < case_b`)
    .execute();
  await db.schema.createIndex('case_links_case_b').on('case_links').column('case_b').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_links').execute();
}
