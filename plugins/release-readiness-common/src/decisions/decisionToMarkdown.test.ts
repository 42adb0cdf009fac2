import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { decisionToMarkdown } from './decisionToMarkdown';
import { evaluateDecision } from './evaluateDecision';
import {
  blockedEvidence,
  NOON,
  record,
  vote,
  waiver,
} from './__fixtures__/decisions';
import { jonas, lena, prodRaci } from './__fixtures__/prodRaci';
import type { DecisionRecord, DecisionResponse } from './types';

const responseOf = (r: DecisionRecord): DecisionResponse => ({
  decision: r,
  state: evaluateDecision(r, DEFAULT_DECISION_POLICY, prodRaci, { now: NOON }),
});

const goDecision = record({
  evidence: blockedEvidence,
  votes: [
    vote(lena, 'go'),
    {
      ...vote(jonas, 'go'),
      reason: 'Fine | ship it\nafter the [call](javascript:alert(1))',
    },
  ],
  waivers: [waiver('backup', jonas), waiver('restore-test', jonas)],
});

/** The rows of the first Markdown table after `heading`. */
const tableAfter = (markdown: string, heading: string) => {
  const rest = markdown.split(`## ${heading}\n\n`)[1];
  const table = rest.slice(rest.indexOf('\n|') + 1);
  return (rest.startsWith('|') ? rest : table).split('\n\n')[0].split('\n');
};

describe('decisionToMarkdown', () => {
  it('starts with system, environment, version and status', () => {
    const markdown = decisionToMarkdown(responseOf(goDecision));
    expect(markdown.split('\n')[0]).toBe(
      '# Go/no-go decision: servanda · prod · 1.4.2 — GO',
    );
  });

  it('has one evidence row per item with status, reason, source and as of', () => {
    const rows = tableAfter(
      decisionToMarkdown(responseOf(goDecision)),
      'Evidence at request time',
    );
    expect(rows[0]).toBe('| Item | Status | Reason | Source | As of |');
    expect(rows).toHaveLength(2 + blockedEvidence.items.length);
    expect(rows[3]).toBe(
      '| Backup younger than 24 h (backup) | fail | Last backup 30 h ago | kubernetes:servanda-prod | 2026-03-24T09:55:00Z |',
    );
    expect(rows[5]).toContain('| warn (advisory) |');
  });

  it('escapes | and line breaks in cells, and makes no link from record text', () => {
    const rows = tableAfter(
      decisionToMarkdown(responseOf(goDecision)),
      'Votes',
    );
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe(
      '| user:default/jonas.weber | go | — | Fine \\| ship it<br>after the \\[call\\](javascript:alert(1)) | 2026-03-24T11:00:00Z |',
    );
    // the row still has exactly five cells
    expect(rows[3].split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('lists the waivers and the outcome', () => {
    const markdown = decisionToMarkdown(
      responseOf({
        ...goDecision,
        outcome: { status: 'go', reason: 'All approvals given', at: NOON },
      }),
    );
    expect(tableAfter(markdown, 'Waivers')).toHaveLength(4);
    expect(markdown).toContain(
      '**go** at 2026-03-24T12:00:00Z: All approvals given',
    );
  });

  it('escapes markup in the request and the title', () => {
    const markdown = decisionToMarkdown(
      responseOf(
        record({
          version: '1.4.2 <img src=x onerror=alert(1)>',
          reason: 'Ship **now**\n# not a heading',
        }),
      ),
    );
    expect(markdown.split('\n')[0]).toBe(
      '# Go/no-go decision: servanda · prod · 1.4.2 \\<img src=x onerror=alert(1)\\> — OPEN',
    );
    expect(markdown).toContain('> Ship \\*\\*now\\*\\*\n> \\# not a heading');
    expect(markdown).not.toMatch(/(?<!\\)<img/);
  });

  it('links to the portal through a safe http(s) URL', () => {
    const link = 'https://portal.example.com/release-readiness/decisions/d-1';
    expect(decisionToMarkdown(responseOf(goDecision), { link })).toContain(
      `[Open the decision in the portal](<${link}>)`,
    );
  });

  it.each([
    // eslint-disable-next-line no-script-url
    ['javascript:alert(1)'],
    ['https://user:secret@portal.example.com/d-1'],
    ['//portal.example.com/d-1'],
    ['https://portal.example.com/a b'],
    [undefined],
  ])('makes no link from an unsafe or missing URL: %s', link => {
    const markdown = decisionToMarkdown(responseOf(goDecision), { link });
    expect(markdown).not.toContain('Open the decision in the portal');
    expect(markdown).not.toContain('secret');
  });

  it('shows what changed since the request when known', () => {
    const markdown = decisionToMarkdown({
      ...responseOf(goDecision),
      changes: [{ item: 'backup', title: 'Backup', from: 'fail', to: 'pass' }],
    });
    expect(tableAfter(markdown, 'Changed since the request')[2]).toBe(
      '| Backup (backup) | fail | pass |',
    );
  });
});
