export type { IncidentSource, IncidentSourceFactory } from './types';
