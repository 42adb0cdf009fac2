import type {
  RollbackExecution,
  RollbackPlan,
  RollbackProgress,
  RollbackTarget,
} from '@release-readiness/plugin-release-readiness-node';
import { TestRollbackStrategy } from './TestRollbackStrategy';

/**
 * A pipeline-like {@link TestRollbackStrategy}: a write also starts a run (`run-<n>`) whose
 * progress the test answers with `progressAnswers` of its control, one per call.
 */
export class TestPipelineStrategy extends TestRollbackStrategy {
  async execute(
    target: RollbackTarget,
    plan: Extract<RollbackPlan, { kind: 'ready' }>,
    options: { dryRun: boolean; reason: string; actor: string },
  ): Promise<RollbackExecution> {
    const execution = await super.execute(target, plan, options);
    if (options.dryRun) {
      return execution;
    }
    const id = `run-${this.control.writes.length}`;
    return {
      ...execution,
      run: { id, url: `https://ci.example/runs/${id}` },
    };
  }

  async progress(execution: RollbackExecution): Promise<RollbackProgress> {
    const asked = this.control.progressAsked.push(execution);
    const answers = this.control.progressAnswers;
    if (answers.length === 0) {
      throw new Error('The test gave the pipeline no progress answers');
    }
    return answers[Math.min(asked, answers.length) - 1];
  }
}
