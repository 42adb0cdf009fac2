// @ts-check

const TABLE = 'release_readiness_decision_events';

/**
 * Go/no-go decisions as an append-only log of events (request, vote, waiver, outcome),
 * hash-chained per (system, environment): `position` counts 0, 1, 2… per chain, `prev_hash` is
 * the hash of the event before (64 zeros for the first) and `hash` the sha256 of the event's
 * other columns (but `seq`). The database refuses UPDATE, DELETE and TRUNCATE itself.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(TABLE, table => {
    table.comment('Go/no-go decision events, append-only and hash-chained');
    table.bigIncrements('seq').primary().comment('Insertion order');
    table.string('system', 100).notNullable();
    table.string('environment', 100).notNullable();
    table
      .integer('position')
      .notNullable()
      .comment('0, 1, 2… per (system, environment) chain');
    table.string('decision_id', 36).notNullable();
    table
      .string('type', 16)
      .notNullable()
      .comment('request, vote, waiver or outcome');
    table.text('payload').notNullable().comment('Canonical JSON');
    table
      .string('actor', 255)
      .notNullable()
      .comment('Entity ref of the user (the plugin for outcomes)');
    table
      .string('request_id', 100)
      .nullable()
      .comment('Idempotency key chosen by the client; null for outcomes');
    table
      .string('unique_key', 400)
      .nullable()
      .comment(
        'vote:<decision>:<actor>, waiver:<decision>:<item>, outcome:<decision>; null for requests',
      );
    table
      .timestamp('created_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('Server time, written by the store');
    table.string('prev_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.unique(['system', 'environment', 'position'], {
      indexName: 'release_readiness_de_chain_uniq',
    });
    table.unique(['actor', 'request_id'], {
      indexName: 'release_readiness_de_actor_request_uniq',
    });
    table.unique(['unique_key'], {
      indexName: 'release_readiness_de_unique_key_uniq',
    });
    table.index(['system', 'decision_id'], 'release_readiness_de_decision_idx');
    table.index(
      ['system', 'environment', 'type', 'seq'],
      'release_readiness_de_list_idx',
    );
  });
  if (String(knex.client.config.client).includes('sqlite')) {
    // One statement per call: better-sqlite3 refuses several.
    await knex.raw(
      `CREATE TRIGGER release_readiness_de_no_update BEFORE UPDATE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    await knex.raw(
      `CREATE TRIGGER release_readiness_de_no_delete BEFORE DELETE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    return;
  }
  // The function is created by the manual gate migration (20261201).
  await knex.raw(
    `CREATE TRIGGER release_readiness_de_no_update_delete BEFORE UPDATE OR DELETE ON ${TABLE} FOR EACH ROW EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
  await knex.raw(
    `CREATE TRIGGER release_readiness_de_no_truncate BEFORE TRUNCATE ON ${TABLE} FOR EACH STATEMENT EXECUTE FUNCTION release_readiness_refuse_change()`,
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
