export { EntitySystemContent } from './EntitySystemContent';
