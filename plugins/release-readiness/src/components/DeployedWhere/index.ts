export { DeployedWherePage } from './DeployedWherePage';
