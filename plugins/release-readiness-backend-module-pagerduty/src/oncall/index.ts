export { PagerDutyOnCallSource } from './PagerDutyOnCallSource';
export type { PagerDutyOnCallTarget } from './PagerDutyOnCallSource';
export { createPagerDutyOnCallSourceFactory } from './createPagerDutyOnCallSourceFactory';
