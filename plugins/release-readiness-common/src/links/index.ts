export { safeHttpUrl } from './safeHttpUrl';
