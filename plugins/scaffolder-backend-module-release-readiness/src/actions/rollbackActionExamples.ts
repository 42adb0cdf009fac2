/** The examples of the `release-readiness:rollback` action (shown in the template editor). */
export const rollbackActionExamples = [
  {
    description:
      'Show what rolling Servanda’s API in prod back to the previous revision would change (nothing is written)',
    example: `steps:
  - id: dry-run
    name: Show the rollback's diff
    action: release-readiness:rollback
    input:
      system: servanda
      environment: prod
      kind: Deployment
      name: servanda-api
      dryRun: true
      reason: Export errors since 1.4.2, INC-311`,
  },
  {
    description:
      'Roll back to a chosen revision after the dry run, refusing if the workload changed meanwhile',
    example: `steps:
  - id: rollback
    name: Roll back
    action: release-readiness:rollback
    input:
      system: \${{ parameters.environment.system }}
      environment: \${{ parameters.environment.environment }}
      kind: \${{ parameters.workload.kind }}
      name: \${{ parameters.workload.name }}
      toRevision: \${{ parameters.revision }}
      fromRevision: \${{ steps['dry-run'].output.diff.from.revision }}
      reason: \${{ parameters.reason }}
      overrideReason: \${{ parameters.overrideReason }}`,
  },
];
