import { parseRecurrence } from './parseRecurrence';

describe('parseRecurrence', () => {
  it('reads the time zone and keeps the rule in local time', () => {
    const { rule, timeZone } = parseRecurrence(
      'DTSTART;TZID=Europe/Berlin:20240102T200000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH',
    );
    expect(timeZone).toBe('Europe/Berlin');
    // floating: 20:00 in the UTC fields, whatever the offset
    expect(rule.all((_d, i) => i < 2).map(d => d.toISOString())).toEqual([
      '2024-01-02T20:00:00.000Z',
      '2024-01-04T20:00:00.000Z',
    ]);
  });

  it('accepts a UTC start and CRLF line ends', () => {
    expect(
      parseRecurrence('DTSTART:20240105T160000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=FR')
        .timeZone,
    ).toBe('UTC');
  });

  it.each([
    ['RRULE:FREQ=WEEKLY', /needs a DTSTART line/],
    ['DTSTART:20240102T200000\nRRULE:FREQ=WEEKLY', /has no time zone/],
    [
      'DTSTART;TZID=Mars/Olympus:20240102T200000\nRRULE:FREQ=WEEKLY',
      /unknown time zone 'Mars\/Olympus'/,
    ],
    ['DTSTART;TZID=UTC:20240102T200000', /needs an RRULE line/],
    [
      'DTSTART;TZID=UTC:20240102T200000\nRRULE:FREQ=WEEKLY;BYDAY=XX',
      /invalid BYDAY/,
    ],
    ['DTSTART;TZID=UTC:20240102T200000\nRRULE:FREQ=SOMETIMES', /valid FREQ/],
    [
      'DTSTART;TZID=UTC:20240102T200000\nRRULE:FREQ=WEEKLY;COLOUR=RED',
      /not a valid RFC 5545 rule/,
    ],
  ])('refuses %j', (text, message) => {
    expect(() => parseRecurrence(text)).toThrow(message);
  });
});
