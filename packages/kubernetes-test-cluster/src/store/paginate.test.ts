import { Page, paginate } from './paginate';

describe('paginate', () => {
  const all = ['a', 'b', 'c', 'd', 'e'];

  it('returns everything without a limit, or with limit 0', () => {
    expect(paginate(all, null, null)).toEqual({ items: all });
    expect(paginate(all, '0', null)).toEqual({ items: all });
  });

  it('walks the pages with the continue token until none is left', () => {
    const seen: string[] = [];
    let token: string | null = null;
    const remaining: number[] = [];
    for (let i = 0; i < 10; i++) {
      const page: Page<string> = paginate(all, '2', token);
      seen.push(...page.items);
      if (!page.next) {
        break;
      }
      remaining.push(page.next.remainingItemCount);
      token = page.next.continue;
    }
    expect(seen).toEqual(all);
    expect(remaining).toEqual([3, 1]);
  });

  it('gives no continue token for a page that ends the list exactly', () => {
    expect(paginate(all, '5', null)).toEqual({ items: all });
  });
});
