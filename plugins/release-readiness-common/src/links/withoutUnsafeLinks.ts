import type {
  ReadinessEvidence,
  ReadinessItem,
} from '../readiness/resultTypes';
import { safeHttpUrl } from './safeHttpUrl';

/** The finding added to an evidence's `detail` when its link was dropped. */
export const LINK_REMOVED = 'link removed: not an http(s) URL';

function safeEvidence(evidence: ReadinessEvidence): ReadinessEvidence {
  if (evidence.url === undefined || safeHttpUrl(evidence.url)) {
    return evidence;
  }
  const { url: _dropped, ...rest } = evidence;
  return {
    ...rest,
    detail: rest.detail ? `${rest.detail}; ${LINK_REMOVED}` : LINK_REMOVED,
  };
}

/**
 * The item without links that are not http(s) URLs: an evidence's `url` is dropped with a note in
 * its `detail`, a gate's `ref.url` is dropped. Upstream data (check URLs, incident URLs) can
 * carry any scheme, e.g. a `javascript:` URL in a commit status.
 */
export function withoutUnsafeLinks(item: ReadinessItem): ReadinessItem {
  const evidence = item.evidence.map(safeEvidence);
  const gate = item.gate;
  if (gate?.ref?.url !== undefined && !safeHttpUrl(gate.ref.url)) {
    const { url: _dropped, ...ref } = gate.ref;
    return { ...item, evidence, gate: { ...gate, ref } };
  }
  return { ...item, evidence };
}
