export { PagerDutyClient } from './PagerDutyClient';
export type {
  PagerDutyClientOptions,
  PagerDutyList,
  PagerDutyListOptions,
  PagerDutyQuery,
  PagerDutyRequestOptions,
} from './PagerDutyClient';
export { readPagerDutyClientOptions } from './readPagerDutyClientOptions';
