export type { GateSource, GateSourceFactory } from './types';
