/* Frozen in time: Kysely<any>, no imports from the app. Routing: the petitions clerks confirmed
   or re-routed, from which the department classifier learns online. The model itself is rebuilt
   from these rows and the service catalogue at start-up (a few hundred milliseconds), so there is
   no serialised model to migrate when the classifier changes. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('routing_examples')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The case it came from; one example per case (a second correction replaces the first). */
    .addColumn('case_id', 'text', (c) => c.unique())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    /** What the classifier had suggested, so routing quality can be measured. */
    .addColumn('suggested_department_id', 'text')
    /** confirmed | rerouted */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The text learned from (subject and body), kept so the model can be rebuilt when its features change. */
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('routing_examples_created_idx').on('routing_examples').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('routing_examples').ifExists().execute();
}
