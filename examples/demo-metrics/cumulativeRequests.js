/**
 * Cumulative requests of a demo service from ORIGIN_S to `t` (Unix seconds), in closed form: the
 * integral of a daily wave `base + amp * sin(2π (t - peakS + P/4) / P)` with its peak at
 * `peakS` (seconds after midnight UTC), P = one day. Never decreasing when `amp <= base`.
 */
const DAY_S = 86_400;
/** All demo counters count from here (they never reset, so any two samples subtract exactly). */
const ORIGIN_S = Date.UTC(2024, 0, 1) / 1000;

function cumulativeRequests(service, t) {
  const w = (2 * Math.PI) / DAY_S;
  const phase = service.peakS - DAY_S / 4;
  const integral = x =>
    service.base * x - (service.amp / w) * Math.cos(w * (x - phase));
  return integral(t) - integral(ORIGIN_S);
}

module.exports = { cumulativeRequests, ORIGIN_S, DAY_S };
