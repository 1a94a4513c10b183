/* Frozen in time: Kysely<any>, no imports from the app. Keeping residents and staff informed:
   the event outbox (every case event, written in its own transaction, waiting for the
   notifications dispatcher), the message outbox (each e-mail stored before it is sent, sent once),
   staff notifications (the in-app list), the legal clock's pause while a case awaits information,
   and the comment a manager gives when returning a reply. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per case event not yet looked at by the dispatcher; deleted once it has been.
  await db.schema
    .createTable('case_event_outbox')
    // No foreign key: a pointer the dispatcher follows; an event tampered away is simply not found.
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_event_outbox_created').on('case_event_outbox').column('created_at').execute();

  // Every e-mail the desk sends a resident or a member of staff, rendered and stored before sending.
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // What this message is once: '<eventId>:<kind>', 'digest:<userId>:<date>' ... A second insert is a no-op.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('audience', 'text', (c) => c.notNull()) // resident | staff
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('event_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('attachment_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('in_reply_to', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // pending | sent | failed | skipped | cancelled
    .addColumn('skip_reason', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    // Not sent before this instant (a statutory notice waits for the clerk's own letter first).
    .addColumn('send_after', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_case').on('notifications').columns(['case_id', 'created_at']).execute();
  await db.schema.createIndex('notifications_status').on('notifications').columns(['status', 'send_after']).execute();

  // What a member of staff is told in the app: the list behind the count in the header.
  await db.schema
    .createTable('staff_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('staff_notifications_user').on('staff_notifications').columns(['user_id', 'read_at', 'created_at']).execute();

  // The legal clock: the Vilnius date it stopped (awaiting information), and the rule that set the due date.
  await db.schema.alterTable('cases').addColumn('clock_paused_on', 'text').execute();
  await db.schema.alterTable('cases').addColumn('due_rule', 'text').execute();

  // A reply a manager returned: why, and who returned it (shown to the author in the editor).
  await db.schema.alterTable('replies').addColumn('returned_comment', 'text').execute();
  await db.schema.alterTable('replies').addColumn('returned_by', 'text', (c) => c.references('users.id')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['returned_by', 'returned_comment']) await db.schema.alterTable('replies').dropColumn(column).execute();
  for (const column of ['due_rule', 'clock_paused_on']) await db.schema.alterTable('cases').dropColumn(column).execute();
  await db.schema.dropTable('staff_notifications').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('case_event_outbox').execute();
}
