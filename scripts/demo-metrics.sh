#!/usr/bin/env bash
# DEMO metrics for the portal's SLA and backup cards: a local Prometheus (Debian's package) on
# http://127.0.0.1:9090 with 30 days of generated history for Servanda's production (the API
# gateway and the auth service, Velero and WAL backup timestamps; examples/demo-metrics) and a
# small exporter that continues the same series live. Not real data. Runs in the foreground
# until Ctrl-C; the data directory examples/demo-metrics/.data is regenerated on every start.
#
#   make demo-metrics      (or scripts/toolchain.sh scripts/demo-metrics.sh)
# Environment: DEMO_METRICS_PORT (Prometheus, default 9090), DEMO_METRICS_EXPORTER_PORT (9464).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
demo="$root/examples/demo-metrics"
data="$demo/.data"
port="${DEMO_METRICS_PORT:-9090}"
exporter_port="${DEMO_METRICS_EXPORTER_PORT:-9464}"

if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "demo-metrics: installing Debian's prometheus package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  else
    echo "demo-metrics: needs prometheus and promtool: apt-get install -y --no-install-recommends prometheus (as root)" >&2
    exit 1
  fi
fi
for p in "$port" "$exporter_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "demo-metrics: 127.0.0.1:$p is already in use (another Prometheus?); set DEMO_METRICS_PORT / DEMO_METRICS_EXPORTER_PORT" >&2
    exit 1
  fi
done

rm -rf "$data"
mkdir -p "$data"
# Incidents are placed relative to midnight UTC of today.
anchor=$(( $(date -u +%s) / 86400 * 86400 ))
node "$demo/generate.js" "$data/history.om" "$anchor" "$exporter_port"
promtool tsdb create-blocks-from openmetrics --max-block-duration=1000h \
  "$data/history.om" "$data/tsdb" >/dev/null
rm -f "$data/history.om"
cat >"$data/prometheus.yml" <<YAML
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: servanda-demo
    static_configs:
      - targets: ['127.0.0.1:$exporter_port']
YAML

node "$demo/serve.js" "$anchor" "$exporter_port" &
exporter=$!
prometheus \
  --config.file="$data/prometheus.yml" \
  --storage.tsdb.path="$data/tsdb" \
  --storage.tsdb.retention.time=45d \
  --web.listen-address="127.0.0.1:$port" \
  --log.level=warn &
server=$!
trap 'kill $server $exporter 2>/dev/null || true; wait $server $exporter 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 100); do
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:$port/-/ready"; then
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "demo-metrics: prometheus did not start" >&2
    exit 1
  fi
  sleep 0.2
done

cat <<TEXT
demo-metrics: DEMO Prometheus (generated data, not real) on http://127.0.0.1:$port, scraping the
demo exporter on http://127.0.0.1:$exporter_port/metrics every 15 s. It serves, for Servanda's prod:
  servanda_http_request_duration_seconds{service="api-gateway"}  ~40 req/s, 0.03 % 5xx, 99.6 % within 100 ms (passes 99.9 %, P99 < 100 ms, 5xx < 0.1 %)
  servanda_http_request_duration_seconds{service="auth"}         ~15 req/s, 0.01 % 5xx, 97.2 % within 50 ms (P99 < 50 ms FAILS)
  velero_backup_last_successful_timestamp{schedule="daily"}      last 23:00 UTC run (fresh)
  velero_backup_last_successful_timestamp{schedule="offsite"}    3 to 4 days old (too old for a 26 h RPO)
  pg_wal_archive_last_success_timestamp_seconds{cluster="servanda-prod"}  30-90 s lag
Portal: releaseReadiness.prometheus.servers.<name>.url: http://127.0.0.1:$port
Ctrl-C stops it.
TEXT
wait "$server"
