export { RaciMatrix } from './RaciMatrix';
