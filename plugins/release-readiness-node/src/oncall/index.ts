export type { OnCallSource, OnCallSourceFactory } from './types';
export { weeklyHandoverSchema } from './weeklyHandoverSchema';
