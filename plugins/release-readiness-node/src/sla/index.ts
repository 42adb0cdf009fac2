export type { SlaMeasureRequest, SlaSource, SlaSourceFactory } from './types';
