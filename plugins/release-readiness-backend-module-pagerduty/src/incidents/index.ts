export { createPagerDutyIncidentSourceFactory } from './createPagerDutyIncidentSourceFactory';
export { PagerDutyIncidentSource } from './PagerDutyIncidentSource';
