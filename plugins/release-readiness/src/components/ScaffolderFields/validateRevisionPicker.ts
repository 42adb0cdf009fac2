import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { failureOf } from './failureOf';
import type { RevisionPickerUiOptions } from './revisionPickerSchema';
import { rollbackTargetOf } from './rollbackTargetOf';
import { translatedValidator } from './translatedValidator';

/**
 * Checks a `ReleaseReadinessRevisionPicker` value against the workload's revisions (the
 * environment and workload fields of the same step): an existing revision that is not the
 * current one, or, when empty, that there is a previous one; a refusal (e.g. Helm-managed) and
 * an unavailable source are errors, never a pass. Errors are in the portal's language (a
 * refusal is the backend's text).
 */
export const validateRevisionPicker: CustomFieldValidator<
  number | undefined,
  RevisionPickerUiOptions
> = translatedValidator(async (data, validation, context, t) => {
  const found = rollbackTargetOf(
    context.uiSchema?.['ui:options'],
    context.formData,
  );
  if ('problem' in found) {
    validation.addError(t(`fields.validation.${found.problem}`));
    return;
  }
  if (data !== undefined && !(Number.isInteger(data) && data > 0)) {
    validation.addError(t('fields.validation.wholeRevision'));
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      t('fields.checkFailed.revision', {
        reason: t('fields.checkFailedReason.apiMissing'),
      }),
    );
    return;
  }
  const { target, workload } = found;
  const name = `${workload.kind}/${workload.name}`;
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
        t('fields.checkFailed.revision', {
          reason: t('fields.checkFailedReason.revisions', { workload: name }),
        }),
      );
    } else if (data === undefined) {
      if (
        !items.some(
          r => !r.current && (!current || r.revision < current.revision),
        )
      ) {
        validation.addError(
          t('fields.validation.noPrevious', { workload: name }),
        );
      }
    } else if (!items.some(r => r.revision === data)) {
      validation.addError(
        t('fields.validation.noRevision', {
          workload: name,
          revision: String(data),
          revisions:
            items.map(r => r.revision).join(', ') || t('fields.common.none'),
        }),
      );
    } else if (current?.revision === data) {
      validation.addError(
        t('fields.validation.currentRevision', { revision: String(data) }),
      );
    }
  } catch (error) {
    const failure = failureOf(error, t);
    validation.addError(
      failure.notFound
        ? t('fields.validation.noWorkload', {
            environment: target.environment,
            kind: workload.kind,
            name: workload.name,
          })
        : t('fields.checkFailed.revision', { reason: failure.text }),
    );
  }
});
