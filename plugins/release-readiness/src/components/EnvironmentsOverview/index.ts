export { EnvironmentsOverview } from './EnvironmentsOverview';
