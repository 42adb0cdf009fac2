export { readConfigWithSchema } from './readConfigWithSchema';
