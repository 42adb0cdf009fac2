export { readConfigWithSchema } from './readConfigWithSchema';
export { refuseTeamOwnedKeys } from './refuseTeamOwnedKeys';
