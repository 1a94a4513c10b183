/* Frozen in time: Kysely<any>, no imports from the app. Visits by appointment: service points with their
   counters, weekly hours and single-day closures; the bookable services and where each is offered; the
   visits, their append-only audit trail, the calls that ended "done remotely", and a per-year counter for
   the visits' references. No slot is ever booked twice because of `visit_slots`: one row per occupied
   15-minute slot of a counter, its primary key (service_point_id, counter, slot_start) refusing a second
   booking whatever the concurrency — a two-slot visit inserts two rows in its booking transaction, and a
   cancellation deletes its rows. Instants are UTC ISO strings, dates 'YYYY-MM-DD' in Vilnius, booleans 0/1.
   The outbox gains an inline text attachment (a visit's .ics travels with its e-mail). */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('name_lt', 'text', (c) => c.notNull())
    .addColumn('name_pl', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('counters', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('service_point_hours')
    .addColumn('service_point_id', 'text', (c) => c.notNull().references('service_points.id'))
    // ISO weekday, 1 = Monday … 7 = Sunday; a weekday without a row is closed.
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('opens', 'text', (c) => c.notNull())
    .addColumn('closes', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_point_hours_pk', ['service_point_id', 'weekday'])
    .execute();

  await db.schema
    .createTable('service_point_closures')
    .addColumn('service_point_id', 'text', (c) => c.notNull().references('service_points.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_point_closures_pk', ['service_point_id', 'date'])
    .execute();

  await db.schema
    .createTable('bookable_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('duration_slots', 'integer', (c) => c.notNull())
    .addColumn('remote_possible', 'integer', (c) => c.notNull())
    .addColumn('e_service_url', 'text')
    .addColumn('petition_form', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name_lt', 'text', (c) => c.notNull())
    .addColumn('name_pl', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_lt', 'text', (c) => c.notNull())
    .addColumn('description_pl', 'text', (c) => c.notNull())
    .addColumn('description_ru', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('bookable_service_points')
    .addColumn('service_id', 'text', (c) => c.notNull().references('bookable_services.id'))
    .addColumn('service_point_id', 'text', (c) => c.notNull().references('service_points.id'))
    .addPrimaryKeyConstraint('bookable_service_points_pk', ['service_id', 'service_point_id'])
    .execute();
  await db.schema.createIndex('bookable_service_points_point').on('bookable_service_points').column('service_point_id').execute();

  await db.schema
    .createTable('visit_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('service_id', 'text', (c) => c.notNull().references('bookable_services.id'))
    .addColumn('service_point_id', 'text', (c) => c.notNull().references('service_points.id'))
    .addColumn('counter', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    // The Vilnius date of the start: the counter's day and the report's weeks are dates, not instants.
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('person_phone', 'text', (c) => c.notNull())
    .addColumn('person_email', 'text')
    .addColumn('person_language', 'text', (c) => c.notNull())
    // The person as the future-visits limit counts them: the phone's digits, else the e-mail lower-cased.
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('why_visit', 'text')
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_point_date').on('visits').columns(['service_point_id', 'local_date']).execute();
  await db.schema.createIndex('visits_person_future').on('visits').columns(['person_key', 'status', 'starts_at']).execute();
  await db.schema.createIndex('visits_case').on('visits').column('case_number').execute();
  await db.schema.createIndex('visits_starts').on('visits').column('starts_at').execute();

  await db.schema
    .createTable('visit_slots')
    .addColumn('service_point_id', 'text', (c) => c.notNull().references('service_points.id'))
    .addColumn('counter', 'integer', (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
    .addPrimaryKeyConstraint('visit_slots_pk', ['service_point_id', 'counter', 'slot_start'])
    .execute();
  await db.schema.createIndex('visit_slots_visit').on('visit_slots').column('visit_id').execute();

  await db.schema
    .createTable('visit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    // JSON object: what changed (the old and new start of a move, a reason, a case number).
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_events_visit').on('visit_events').columns(['visit_id', 'created_at']).execute();

  await db.schema
    .createTable('visit_remote_outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('bookable_services.id'))
    .addColumn('alternative', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_remote_outcomes_date').on('visit_remote_outcomes').column('local_date').execute();

  await db.schema.alterTable('notifications').addColumn('attachment_filename', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('attachment_content_type', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('attachment_content', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('attachment_content').execute();
  await db.schema.alterTable('notifications').dropColumn('attachment_content_type').execute();
  await db.schema.alterTable('notifications').dropColumn('attachment_filename').execute();
  for (const table of ['visit_remote_outcomes', 'visit_events', 'visit_slots', 'visits', 'visit_counters', 'bookable_service_points', 'bookable_services', 'service_point_closures', 'service_point_hours', 'service_points']) {
    await db.schema.dropTable(table).execute();
  }
}
