export { GatesCard } from './GatesCard';
