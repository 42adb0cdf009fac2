export { SlaCard } from './SlaCard';
