import type { V1CronJob } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';
import { trimPodTemplate } from './trimPodTemplate';

/** The part of a raw CronJob the board uses (schedule, suspension, Job template, last times). */
export function trimCronJob(raw: RawObject): V1CronJob {
  const spec = raw.object('spec');
  const status = raw.object('status');
  const jobSpec = spec?.object('jobTemplate')?.object('spec');
  return {
    metadata: trimMetadata(raw.object('metadata')),
    // The model requires a spec; a missing one reads as an empty schedule, as the board did.
    spec: {
      schedule: spec?.string('schedule') ?? '',
      timeZone: spec?.string('timeZone'),
      suspend: spec?.boolean('suspend'),
      jobTemplate: jobSpec
        ? { spec: { template: trimPodTemplate(jobSpec.object('template')) } }
        : {},
    },
    status: status && {
      lastScheduleTime: status.date('lastScheduleTime'),
      lastSuccessfulTime: status.date('lastSuccessfulTime'),
    },
  };
}
