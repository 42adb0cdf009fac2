import { useTheme } from '@mui/material/styles';
import type { ErrorBudgetResult } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from '../shared';

const WIDTH = 240;
const HEIGHT = 48;
const PAD = 2;

type Point = { index: number; at: string; remaining: number };

/** The series split where a point has no data: a gap in the line, never a made-up value. */
function runsOf(series: NonNullable<ErrorBudgetResult['series']>): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (const [index, point] of series.entries()) {
    if (point.remaining === null || !Number.isFinite(point.remaining)) {
      if (run.length > 0) {
        runs.push(run);
      }
      run = [];
    } else {
      run.push({ index, at: point.at, remaining: point.remaining });
    }
  }
  if (run.length > 0) {
    runs.push(run);
  }
  return runs;
}

/**
 * The error budget left over the SLO window as a small line (plain SVG): the budget line at 0 is
 * dashed, points without data leave a gap. Nothing with fewer than two points that have data.
 */
export function BudgetSparkline(props: {
  series: NonNullable<ErrorBudgetResult['series']>;
}) {
  const { series } = props;
  const theme = useTheme();
  const { t, formatTime, formatPercent } = useFormatters();
  const runs = runsOf(series);
  const points = runs.flat();
  if (points.length < 2) {
    return null;
  }
  const values = points.map(p => p.remaining);
  const top = Math.max(1, ...values);
  const bottom = Math.min(0, ...values);
  const x = (index: number) =>
    PAD + (index / Math.max(1, series.length - 1)) * (WIDTH - 2 * PAD);
  const y = (value: number) =>
    PAD + ((top - value) / (top - bottom || 1)) * (HEIGHT - 2 * PAD);
  const first = points[0];
  const last = points[points.length - 1];
  const label = t('sla.budget.sparklineLabel', {
    first: formatPercent(first.remaining, 1),
    firstAt: formatTime(first.at),
    last: formatPercent(last.remaining, 1),
    lastAt: formatTime(last.at),
  });
  const color =
    last.remaining < 0 ? theme.palette.error.main : theme.palette.success.main;
  return (
    <svg
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
    >
      <title>{label}</title>
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={y(0)}
        y2={y(0)}
        stroke={theme.palette.text.disabled}
        strokeDasharray="3 3"
        strokeWidth={1}
      />
      {runs.map(run => (
        <polyline
          key={run[0].index}
          data-testid="budget-run"
          fill="none"
          stroke={color}
          strokeWidth={1.5}
          points={run.map(p => `${x(p.index)},${y(p.remaining)}`).join(' ')}
        />
      ))}
    </svg>
  );
}
