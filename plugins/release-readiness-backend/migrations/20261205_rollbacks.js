// @ts-check

const TABLE = 'release_readiness_rollback_events';

/**
 * Rollbacks as an append-only log of events: `requested` (the record as known when it was asked
 * for), `executed` (the write's result), `verified` (the verification's end) and `follow-up`
 * (communication done, post-mortem owner, post-mortem link). A retried request is recognised per
 * acting user (`actor` + `request_id`); `unique_key` makes every event that may happen once per
 * rollback happen once. The database refuses UPDATE, DELETE and TRUNCATE itself.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(TABLE, table => {
    table.comment('Rollback events, append-only');
    table.bigIncrements('seq').primary().comment('Insertion order');
    table.string('id', 36).notNullable().comment('The event (uuid)');
    table.string('rollback_id', 36).notNullable();
    table.string('system', 100).notNullable();
    table.string('environment', 100).notNullable();
    table.string('kind', 100).notNullable().comment('The workload kind');
    table.string('name', 253).notNullable().comment('The workload name');
    table
      .string('type', 16)
      .notNullable()
      .comment('requested, executed, verified or follow-up');
    table.text('payload').notNullable().comment('JSON');
    table
      .string('actor', 255)
      .notNullable()
      .comment('Entity ref of the user (the plugin for executed and verified)');
    table
      .string('request_id', 100)
      .nullable()
      .comment('Idempotency key chosen by the client; null for plugin events');
    table
      .string('unique_key', 400)
      .nullable()
      .comment(
        'requested:<id>, executed:<id>, verified:<id>, follow-up:<id>:<field>',
      );
    table
      .timestamp('created_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('Server time, written by the store');
    table.unique(['id'], { indexName: 'release_readiness_rb_id_uniq' });
    table.unique(['actor', 'request_id'], {
      indexName: 'release_readiness_rb_actor_request_uniq',
    });
    table.unique(['unique_key'], {
      indexName: 'release_readiness_rb_unique_key_uniq',
    });
    table.index(['rollback_id', 'seq'], 'release_readiness_rb_rollback_idx');
    table.index(['system', 'type', 'seq'], 'release_readiness_rb_system_idx');
    table.index(
      ['system', 'environment', 'kind', 'name', 'type', 'seq'],
      'release_readiness_rb_workload_idx',
    );
  });
  if (String(knex.client.config.client).includes('sqlite')) {
    // One statement per call: better-sqlite3 refuses several.
    await knex.raw(
      `CREATE TRIGGER release_readiness_rb_no_update BEFORE UPDATE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    await knex.raw(
      `CREATE TRIGGER release_readiness_rb_no_delete BEFORE DELETE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    return;
  }
  // The function is created by the manual gate migration (20261201).
  await knex.raw(
    `CREATE TRIGGER release_readiness_rb_no_update_delete BEFORE UPDATE OR DELETE ON ${TABLE} FOR EACH ROW EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
  await knex.raw(
    `CREATE TRIGGER release_readiness_rb_no_truncate BEFORE TRUNCATE ON ${TABLE} FOR EACH STATEMENT EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
};

/**
 * Dropping the table drops its triggers (the shared function stays: 20261201 owns it).
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists(TABLE);
};
