import { describeAge } from './describeAge';

describe('describeAge', () => {
  it('puts the age of the last success next to the limit', () => {
    expect(describeAge({ age: 'PT20H13M', rpo: 'PT24H' }, 'RPO')).toBe(
      '20 h 13 min ago, RPO 24 h',
    );
    expect(describeAge({ age: 'P3DT1H', rpo: 'PT26H' }, 'RPO')).toBe(
      '3 days 1 h ago, RPO 26 h',
    );
    expect(describeAge({ age: 'P12D', rpo: 'P30D' }, 'max age')).toBe(
      '12 days ago, max age 30 days',
    );
    expect(describeAge({ age: 'PT2M', rpo: 'PT5M' }, 'max lag')).toBe(
      'lag 2 min, max lag 5 min',
    );
  });

  it('says none is known without an age, never that it is fresh', () => {
    expect(describeAge({ rpo: 'PT24H' }, 'RPO')).toBe('none known, RPO 24 h');
    expect(describeAge({ rpo: 'PT5M' }, 'max lag')).toBe(
      'lag unknown, max lag 5 min',
    );
  });
});
