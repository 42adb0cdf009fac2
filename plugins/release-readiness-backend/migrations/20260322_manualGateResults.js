// @ts-check

/**
 * Manual gate results: append-only. A row is never updated or deleted; the newest row per
 * (environment, gate, check) is the current result, and the rows together are the history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'release_readiness_manual_gate_results',
    table => {
      table.comment('Manual gate check results, append-only');
      table
        .bigIncrements('seq')
        .primary()
        .comment(
          'Insertion order; the newest row per check is the current result',
        );
      table.string('id', 36).notNullable().comment('Public id (UUID)');
      table.string('environment', 100).notNullable();
      table.string('gate', 100).notNullable();
      table.string('check_name', 200).notNullable();
      table
        .string('state', 16)
        .notNullable()
        .comment('passed, failed or pending');
      table.text('reason').notNullable();
      table
        .string('actor', 255)
        .notNullable()
        .comment('Entity ref of the user');
      table
        .string('request_id', 100)
        .notNullable()
        .comment(
          'Client-chosen idempotency key: a retried request writes once',
        );
      table
        .timestamp('created_at', { useTz: true, precision: 3 })
        .notNullable()
        .defaultTo(knex.fn.now());
      table.unique(['id'], { indexName: 'release_readiness_mgr_id_uniq' });
      table.unique(['request_id'], {
        indexName: 'release_readiness_mgr_request_id_uniq',
      });
      table.index(
        ['environment', 'gate', 'check_name', 'seq'],
        'release_readiness_mgr_check_idx',
      );
    },
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_readiness_manual_gate_results');
};
