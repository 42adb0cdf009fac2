export { SystemsLandingPage } from './SystemsLandingPage';
