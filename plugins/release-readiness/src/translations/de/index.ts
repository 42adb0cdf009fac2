import { backupsDe } from './backups';
import { boardDe } from './board';
import { decisionsDe } from './decisions';
import { environmentDe } from './environment';
import { fieldsDe } from './fields';
import { peopleDe } from './people';
import { rollbacksDe } from './rollbacks';
import { slaDe } from './sla';

/**
 * The German messages, flattened. `createTranslationRef` checks that every English key has one
 * (a missing key is a type error); `releaseReadinessTranslationRef.test.ts` checks there is none extra.
 */
const releaseReadinessDe = {
  ...boardDe,
  ...environmentDe,
  ...peopleDe,
  ...slaDe,
  ...backupsDe,
  ...decisionsDe,
  ...rollbacksDe,
  ...fieldsDe,
};

export default releaseReadinessDe;
