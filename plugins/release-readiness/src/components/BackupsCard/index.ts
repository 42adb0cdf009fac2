export { BackupsCard } from './BackupsCard';
export { RecordRestoreTestDialog } from './RecordRestoreTestDialog';
