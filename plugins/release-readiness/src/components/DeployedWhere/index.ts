export { DeployedWherePage } from './DeployedWherePage';
export { VersionMatrix } from './VersionMatrix';
