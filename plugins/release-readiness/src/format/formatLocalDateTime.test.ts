import { formatLocalDateTime } from './formatLocalDateTime';

describe('formatLocalDateTime', () => {
  it("shows a time in the viewer's locale rather than as ISO text", () => {
    const shown = formatLocalDateTime('2026-03-27T12:00:00.000Z');
    expect(shown).toMatch(/2026/);
    expect(shown).toMatch(/27/);
    expect(shown).not.toContain('T12:00');
  });
});
