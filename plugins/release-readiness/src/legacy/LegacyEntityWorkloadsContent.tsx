import { EntityWorkloadsContent } from '../components/EntityWorkloads';
import { LegacyBoardRoot } from './LegacyBoardRoot';

/** {@link EntityWorkloadsContent} with links to the legacy board page. */
export function LegacyEntityWorkloadsContent() {
  return (
    <LegacyBoardRoot>
      <EntityWorkloadsContent />
    </LegacyBoardRoot>
  );
}
