// @ts-check

const TABLE = 'release_readiness_restore_tests';

/**
 * Restore-test records that allowed users post with a link to their report: append-only, in the
 * database too (UPDATE, DELETE and TRUNCATE refused). A retried request (same actor and request
 * id) writes once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(TABLE, table => {
    table.comment('Restore-test records, append-only');
    table.bigIncrements('seq').primary();
    table.string('id', 36).notNullable();
    table.string('system', 100).notNullable();
    table.string('environment', 100).notNullable();
    table.timestamp('tested_at', { useTz: true, precision: 3 }).notNullable();
    table.string('outcome', 16).notNullable().comment('passed or failed');
    table.text('link').notNullable();
    table.text('reason').notNullable();
    table.string('actor', 255).notNullable();
    table.string('request_id', 100).notNullable();
    table
      .timestamp('created_at', { useTz: true, precision: 3 })
      .notNullable()
      .defaultTo(knex.fn.now());
    table.unique(['id'], { indexName: 'release_readiness_rt_id_uniq' });
    table.unique(['actor', 'request_id'], {
      indexName: 'release_readiness_rt_actor_request_uniq',
    });
    table.index(
      ['system', 'environment', 'seq'],
      'release_readiness_rt_env_idx',
    );
  });
  if (String(knex.client.config.client).includes('sqlite')) {
    await knex.raw(
      `CREATE TRIGGER release_readiness_rt_no_update BEFORE UPDATE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    await knex.raw(
      `CREATE TRIGGER release_readiness_rt_no_delete BEFORE DELETE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    return;
  }
  // The function is created by the manual gate migration (20261201).
  await knex.raw(
    `CREATE TRIGGER release_readiness_rt_no_update_delete BEFORE UPDATE OR DELETE ON ${TABLE} FOR EACH ROW EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
  await knex.raw(
    `CREATE TRIGGER release_readiness_rt_no_truncate BEFORE TRUNCATE ON ${TABLE} FOR EACH STATEMENT EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists(TABLE);
};
