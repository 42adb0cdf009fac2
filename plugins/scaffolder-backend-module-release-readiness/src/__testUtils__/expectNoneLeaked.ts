/**
 * Expects none of `needles` (secrets, tokens) in any of the named `haystacks` (what the portal
 * answered, logged, recorded or sent); a failure names the haystack.
 */
export function expectNoneLeaked(
  haystacks: Record<string, string>,
  needles: string[],
): void {
  for (const [name, haystack] of Object.entries(haystacks)) {
    for (const needle of needles) {
      expect({ name, leaked: haystack.includes(needle) }).toEqual({
        name,
        leaked: false,
      });
    }
  }
}
