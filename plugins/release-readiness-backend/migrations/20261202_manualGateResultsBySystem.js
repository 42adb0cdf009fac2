// @ts-check

const TABLE = 'release_readiness_manual_gate_results';

/**
 * Manual gate results belong to an environment of a system (environment names repeat across
 * systems). Rows written before systems existed get the empty system name: they belong to none.
 * Adding a column changes no row, so the append-only triggers stay as they are.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(TABLE, table => {
    table
      .string('system', 100)
      .notNullable()
      .defaultTo('')
      .comment('The system (catalog System name) the environment belongs to');
    table.index(
      ['system', 'environment', 'ref', 'gate', 'check_name', 'seq'],
      'release_readiness_mgr_system_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const sqlite = String(knex.client.config.client).includes('sqlite');
  // SQLite rewrites the table to drop a column, which its delete trigger would refuse.
  if (sqlite) {
    await knex.raw('DROP TRIGGER IF EXISTS release_readiness_mgr_no_update');
    await knex.raw('DROP TRIGGER IF EXISTS release_readiness_mgr_no_delete');
  }
  await knex.schema.alterTable(TABLE, table => {
    table.dropIndex([], 'release_readiness_mgr_system_idx');
  });
  await knex.schema.alterTable(TABLE, table => {
    table.dropColumn('system');
  });
  if (sqlite) {
    await knex.raw(
      `CREATE TRIGGER release_readiness_mgr_no_update BEFORE UPDATE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
    await knex.raw(
      `CREATE TRIGGER release_readiness_mgr_no_delete BEFORE DELETE ON ${TABLE} BEGIN SELECT RAISE(ABORT, '${TABLE} is append-only'); END;`,
    );
  }
};
