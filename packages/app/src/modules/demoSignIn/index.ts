export { demoSignInModule } from './demoSignInModule';
