/** `name{a="b",…}` of one series (label values are plain words, digits and dots here). */
function seriesName(series, extraLabels) {
  const labels = Object.entries({ ...extraLabels, ...series.labels })
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
  return `${series.name}{${labels}}`;
}

/**
 * The demo series as text: OpenMetrics with a timestamp on every sample from `fromS` to `toS`
 * every `stepS` seconds, ending with `# EOF` (for `promtool tsdb create-blocks-from openmetrics`),
 * or, without `fromS`, the Prometheus exposition of the values at `atS` (for the live exporter).
 * `labels` are added to every series (the backfill adds the `job` and `instance` that the scrape
 * of the live exporter gives its series, so that history and live samples are the same series).
 */
function renderSamples(series, { fromS, toS, stepS, atS, labels = {} }) {
  const lines = [];
  let family;
  for (const s of series) {
    if (s.family !== family) {
      family = s.family;
      lines.push(`# TYPE ${family} ${s.type}`);
    }
    const name = seriesName(s, labels);
    if (fromS === undefined) {
      lines.push(`${name} ${s.value(atS)}`);
    } else {
      for (let t = fromS; t <= toS; t += stepS) {
        lines.push(`${name} ${s.value(t)} ${t}`);
      }
    }
  }
  if (fromS !== undefined) {
    lines.push('# EOF');
  }
  return `${lines.join('\n')}\n`;
}

module.exports = { renderSamples };
