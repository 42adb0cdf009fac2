/**
 * The next Tuesday 20:30 in Berlin (CET or CEST), as an ISO time: inside the demo's Tue/Thu
 * 20–22 release windows and outside every freeze.
 */
export function nextTuesdayEvening(): string {
  const hourInBerlin = (d: Date) =>
    Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(d),
    );
  const day = new Date();
  do {
    day.setUTCDate(day.getUTCDate() + 1);
  } while (day.getUTCDay() !== 2);
  const at = new Date(
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 19, 30),
  );
  if (hourInBerlin(at) !== 20) {
    at.setUTCHours(18);
  }
  return at.toISOString();
}
