import { safeHttpUrl } from '../links';
import { escapeMarkdown } from './escapeMarkdown';
import { markdownTable } from './markdownTable';
import type { DecisionResponse } from './types';

/**
 * Options of {@link decisionToMarkdown}.
 *
 * @public
 */
export interface DecisionMarkdownOptions {
  /** The decision's page in the portal; shown only when it is a safe http(s) URL. */
  link?: string;
}

const quote = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map(line => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');

/**
 * A decision as Markdown for a change ticket: a title line with system, environment, version and
 * status; the status reason; the request; the evidence pinned at request time (item, status,
 * reason, source, as of); what changed since, when known; the approvals; the votes; the
 * waivers; the outcome.
 *
 * @remarks
 * Pure. Every text from the record is escaped, so it cannot make links or markup (`|` and line
 * breaks included in table cells); the only link is `options.link`, and only when
 * `safeHttpUrl` accepts it.
 *
 * @public
 */
export function decisionToMarkdown(
  response: DecisionResponse,
  options: DecisionMarkdownOptions = {},
): string {
  const { decision: d, state, changes } = response;
  const e = escapeMarkdown;
  const out: string[] = [
    `# Go/no-go decision: ${e(d.system)} · ${e(d.environment)} · ${e(
      d.version,
    )} — ${e(state.status.toUpperCase())}`,
    '',
    `**${e(state.status)}**: ${e(state.reason)}`,
  ];
  const link = safeHttpUrl(options.link);
  if (link) {
    out.push('', `[Open the decision in the portal](<${new URL(link).href}>)`);
  }
  out.push(
    '',
    '## Request',
    '',
    markdownTable(
      ['Field', 'Value'],
      [
        ['Decision', d.id],
        ['System', d.system],
        ['Environment', d.environment],
        ['Version', d.version],
        ['Image digest', d.digest ?? ''],
        ['Change type', d.changeType],
        ['Risk', d.risk],
        ['Requested by', d.requester],
        ['Requested at', d.requestedAt],
        ['Planned at', d.plannedAt],
        ['Expires at', d.expiresAt],
      ],
    ),
    '',
    '**Reason**',
    '',
    quote(d.reason),
    '',
    '## Evidence at request time',
    '',
    `Verdict **${e(d.evidence.verdict)}**, judged at ${e(d.evidence.at)}.`,
    '',
    markdownTable(
      ['Item', 'Status', 'Reason', 'Source', 'As of'],
      d.evidence.items.map(item => [
        `${item.title} (${item.id})`,
        item.enforcement === 'block'
          ? item.status
          : `${item.status} (advisory)`,
        item.reason,
        item.source.status === 'ok'
          ? item.source.name
          : `${item.source.name} (${item.source.status})`,
        item.source.fetchedAt ?? 'never read',
      ]),
    ),
  );
  if (changes) {
    out.push(
      '',
      '## Changed since the request',
      '',
      changes.length === 0
        ? 'Nothing changed.'
        : markdownTable(
            ['Item', 'Then', 'Now'],
            changes.map(c => [`${c.title} (${c.item})`, c.from, c.to]),
          ),
    );
  }
  out.push(
    '',
    '## Approvals',
    '',
    markdownTable(
      ['Approval', 'Filled by', 'Could still give it'],
      state.approvals.map(a => [
        a.title,
        a.filledBy ?? '',
        a.candidates.map(p => p.displayName).join(', '),
      ]),
    ),
    '',
    '## Votes',
    '',
    d.votes.length === 0
      ? 'No votes.'
      : markdownTable(
          ['Voter', 'Vote', 'Roles', 'Reason', 'At'],
          d.votes.map(v => [
            v.voter,
            v.vote,
            v.roles.join(', '),
            v.reason,
            v.at,
          ]),
        ),
    '',
    '## Waivers',
    '',
    d.waivers.length === 0
      ? 'No waivers.'
      : markdownTable(
          ['Item', 'Waived by', 'Reason', 'Until', 'At'],
          d.waivers.map(w => [w.item, w.by, w.reason, w.until, w.at]),
        ),
    '',
    '## Outcome',
    '',
    d.outcome
      ? `**${e(d.outcome.status)}** at ${e(d.outcome.at)}: ${e(
          d.outcome.reason,
        ).replace(/\r\n|\r|\n/g, ' ')}`
      : `No outcome recorded; the status now is **${e(state.status)}**.`,
    '',
  );
  return out.join('\n');
}
