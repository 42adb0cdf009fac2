export { SourceStatus, formatAsOf } from './SourceStatus';
