import { ConfigReader } from '@backstage/config';
import { readConfigWithSchema } from '../config/readConfigWithSchema';
import { weeklyHandoverSchema } from './weeklyHandoverSchema';

function read(handover: object) {
  return readConfigWithSchema(
    new ConfigReader({ handover }),
    'handover',
    weeklyHandoverSchema,
    'releaseReadiness.onCall.rotations.servanda',
  );
}

describe('weeklyHandoverSchema', () => {
  it('parses the weekday name to the ISO weekday number', () => {
    expect(
      read({ weekday: 'sunday', time: '18:30', timeZone: 'America/New_York' }),
    ).toEqual({ weekday: 7, time: '18:30', timeZone: 'America/New_York' });
    expect(
      read({ weekday: 'monday', time: '09:00', timeZone: 'Europe/Berlin' })
        .weekday,
    ).toBe(1);
  });

  it('names the key of a bad time zone, time or weekday', () => {
    expect(() =>
      read({ weekday: 'monday', time: '09:00', timeZone: 'Europe/Bonn' }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.onCall.rotations.servanda.handover.timeZone': expected an IANA time zone",
    );
    expect(() =>
      read({ weekday: 'monday', time: '9:00', timeZone: 'UTC' }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.onCall.rotations.servanda.handover.time'",
    );
    expect(() =>
      read({ weekday: 'montag', time: '09:00', timeZone: 'UTC' }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.onCall.rotations.servanda.handover.weekday'",
    );
  });
});
