import { EntitySystemContent } from '../components/EntitySystem';
import { LegacyBoardRoot } from './LegacyBoardRoot';

/** {@link EntitySystemContent} with links to the legacy board page. */
export function LegacyEntitySystemContent() {
  return (
    <LegacyBoardRoot>
      <EntitySystemContent />
    </LegacyBoardRoot>
  );
}
