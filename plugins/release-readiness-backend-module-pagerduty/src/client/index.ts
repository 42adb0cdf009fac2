export { PagerDutyClient } from './PagerDutyClient';
export type {
  PagerDutyClientOptions,
  PagerDutyListOptions,
  PagerDutyQuery,
  PagerDutyRequestOptions,
} from './PagerDutyClient';
export { readPagerDutyClientOptions } from './readPagerDutyClientOptions';
