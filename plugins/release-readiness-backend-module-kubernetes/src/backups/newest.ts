/** The later of ISO times (undefined ones ignored); undefined when none is given. */
export function newest(
  ...times: Array<string | undefined>
): string | undefined {
  let best: string | undefined;
  for (const time of times) {
    if (
      time !== undefined &&
      (best === undefined || Date.parse(time) > Date.parse(best))
    ) {
      best = time;
    }
  }
  return best;
}
