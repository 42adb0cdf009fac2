import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { failureOf } from './failureOf';
import type { RevisionPickerUiOptions } from './revisionPickerSchema';
import { rollbackTargetOf } from './rollbackTargetOf';

/**
 * Checks a `ReleaseReadinessRevisionPicker` value against the workload's revisions (the
 * environment and workload fields of the same step): an existing revision that is not the
 * current one, or, when empty, that there is a previous one; a refusal (e.g. Helm-managed) and
 * an unavailable source are errors, never a pass.
 */
export const validateRevisionPicker: CustomFieldValidator<
  number | undefined,
  RevisionPickerUiOptions
> = async (data, validation, context) => {
  const found = rollbackTargetOf(
    context.uiSchema?.['ui:options'],
    context.formData,
  );
  if ('problem' in found) {
    validation.addError(found.problem);
    return;
  }
  if (data !== undefined && !(Number.isInteger(data) && data > 0)) {
    validation.addError('The revision must be a whole number, e.g. 3');
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      'Could not check the revision: the release-readiness API is not installed',
    );
    return;
  }
  const { target, workload } = found;
  try {
    const { items, refusal, source } = await api.getRevisions(
      target.system,
      target.environment,
      workload,
    );
    const current = items.find(r => r.current);
    if (refusal) {
      validation.addError(refusal);
    } else if (source.status === 'unavailable') {
      validation.addError(
        `Could not check the revision: the revisions of ${workload.kind}/${workload.name} are unavailable`,
      );
    } else if (data === undefined) {
      if (
        !items.some(
          r => !r.current && (!current || r.revision < current.revision),
        )
      ) {
        validation.addError(
          `${workload.kind}/${workload.name} has no previous revision to roll back to`,
        );
      }
    } else if (!items.some(r => r.revision === data)) {
      validation.addError(
        `${workload.kind}/${workload.name} has no revision ${data} (it has: ${
          items.map(r => r.revision).join(', ') || 'none'
        })`,
      );
    } else if (current?.revision === data) {
      validation.addError(
        `Revision ${data} is the current one: choose an older one`,
      );
    }
  } catch (error) {
    const failure = failureOf(error);
    validation.addError(
      failure.notFound
        ? `${target.environment} has no ${workload.kind} '${workload.name}'`
        : `Could not check the revision: ${failure.text}`,
    );
  }
};
