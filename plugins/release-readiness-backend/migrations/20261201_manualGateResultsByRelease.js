// @ts-check

const TABLE = 'release_readiness_manual_gate_results';

/**
 * @param {import('knex').Knex} knex
 */
function isSqlite(knex) {
  return String(knex.client.config.client).includes('sqlite');
}

/**
 * Manual gate results are bound to the release they were set for (`ref`), a retried request is
 * recognised per acting user (`actor` + `request_id`), and the table refuses UPDATE, DELETE and
 * TRUNCATE in the database itself, not only in code.
 *
 * Rows written before this migration get the empty ref: they were set for no known release and
 * count for none.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(TABLE, table => {
    table
      .string('ref', 200)
      .notNullable()
      .defaultTo('')
      .comment('The release (branch, tag or commit) the result was set for');
    table.dropUnique(['request_id'], 'release_readiness_mgr_request_id_uniq');
    table.unique(['actor', 'request_id'], {
      indexName: 'release_readiness_mgr_actor_request_uniq',
    });
    table.index(
      ['environment', 'ref', 'gate', 'check_name', 'seq'],
      'release_readiness_mgr_release_idx',
    );
  });

  if (isSqlite(knex)) {
    // One statement per call: better-sqlite3 refuses several.
    await knex.raw(
      `CREATE TRIGGER release_readiness_mgr_no_update BEFORE UPDATE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    await knex.raw(
      `CREATE TRIGGER release_readiness_mgr_no_delete BEFORE DELETE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    return;
  }
  await knex.raw(`CREATE OR REPLACE FUNCTION release_readiness_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation'; END; $$`);
  await knex.raw(
    `CREATE TRIGGER release_readiness_mgr_no_update_delete BEFORE UPDATE OR DELETE ON ${TABLE} FOR EACH ROW EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
  await knex.raw(
    `CREATE TRIGGER release_readiness_mgr_no_truncate BEFORE TRUNCATE ON ${TABLE} FOR EACH STATEMENT EXECUTE FUNCTION release_readiness_refuse_change()`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (isSqlite(knex)) {
    await knex.raw('DROP TRIGGER IF EXISTS release_readiness_mgr_no_update');
    await knex.raw('DROP TRIGGER IF EXISTS release_readiness_mgr_no_delete');
  } else {
    await knex.raw(
      `DROP TRIGGER IF EXISTS release_readiness_mgr_no_update_delete ON ${TABLE}`,
    );
    await knex.raw(
      `DROP TRIGGER IF EXISTS release_readiness_mgr_no_truncate ON ${TABLE}`,
    );
  }
  await knex.schema.alterTable(TABLE, table => {
    table.dropIndex([], 'release_readiness_mgr_release_idx');
    table.dropUnique(
      ['actor', 'request_id'],
      'release_readiness_mgr_actor_request_uniq',
    );
    table.unique(['request_id'], {
      indexName: 'release_readiness_mgr_request_id_uniq',
    });
  });
  // Dropping the column rewrites the table on SQLite; the triggers are gone by now.
  await knex.schema.alterTable(TABLE, table => {
    table.dropColumn('ref');
  });
  if (!isSqlite(knex)) {
    await knex.raw('DROP FUNCTION IF EXISTS release_readiness_refuse_change()');
  }
};
