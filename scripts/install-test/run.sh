#!/usr/bin/env bash
# The install test (issue 15, item 2; README "Installing the plugins in your own portal"): packs
# every plugin package of this repository, creates a fresh portal with the pinned
# @backstage/create-app, installs the tarballs into it, applies the documented changes
# (scripts/install-test/portal-changes.json: one dependency + `backend.add(...)` line per backend
# plugin/module, the frontend package as a dependency of the app), type-checks and builds the
# portal, boots its backend (which serves the built app) on a free loopback port, and checks:
# the plugin's health route, one API route as a signed-in (guest) user, and that the page
# renders the configured system in Chromium.
#
# Usage: scripts/install-test/run.sh          (from anywhere; Node 22 + yarn via scripts/toolchain.sh)
# Env:   INSTALL_TEST_DIR       work dir (default ${TMPDIR:-/tmp}/release-readiness-install-test);
#                               the portal in it is recreated on every run, the yarn cache is global
#        INSTALL_TEST_SKIP_TSC=1  skip this repository's `yarn tsc` (the caller has just run it,
#                               e.g. `make test`'s typecheck); the packed types come from dist-types
#        INSTALL_TEST_REUSE_TARBALLS=1  skip build and pack, reuse the last run's tarballs (iterating)
# Prints each step's wall time and peak RSS; exits non-zero, naming the failed step, on any failure.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo/scripts/install-test"
run="$repo/scripts/toolchain.sh"
work="${INSTALL_TEST_DIR:-${TMPDIR:-/tmp}/release-readiness-install-test}"
portal="$work/portal"
tarballs="$work/tarballs"
logs="$work/logs"
create_app_version="0.9.2" # Backstage 1.55; keep in step with backstage.json
chromium="${INSTALL_TEST_CHROMIUM:-/usr/bin/chromium}"

mkdir -p "$work" "$logs"
summary="$work/summary.txt"
: >"$summary"
backend_pgid=""
packing=""
plugin_dirs=()
started=$(date +%s.%N)

elapsed() { awk -v a="$1" -v b="${2:-$(date +%s.%N)}" 'BEGIN { printf "%.1f", b - a }'; }
note() { echo "install-test: $*"; }
die() {
  echo "install-test: FAILED: $*" >&2
  exit 1
}

cleanup() {
  local status=$?
  if [ -n "$packing" ]; then
    # Interrupted between a package's prepack and postpack: put its own package.json back.
    for dir in "${plugin_dirs[@]}"; do
      if [ -f "$dir/package.json-prepack" ]; then
        (cd "$dir" && "$run" yarn backstage-cli package postpack >/dev/null 2>&1) || true
      fi
    done
  fi
  if [ -n "$backend_pgid" ]; then
    kill -TERM -- "-$backend_pgid" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 -- "-$backend_pgid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$backend_pgid" 2>/dev/null || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# step <name> <command...>: runs the command with its output in $logs/<name>.log, records wall
# time and peak RSS (largest process), and stops the test with the log's tail when it fails.
step() {
  local name="$1"
  shift
  local t0 t1 rss
  note "$name ..."
  t0=$(date +%s.%N)
  if ! /usr/bin/time -f '%M' -o "$logs/$name.rss" "$@" >"$logs/$name.log" 2>&1; then
    tail -40 "$logs/$name.log" >&2
    die "step '$name' failed (full log: $logs/$name.log)"
  fi
  t1=$(date +%s.%N)
  rss=$(tail -1 "$logs/$name.rss")
  printf '%-14s %7s s  peak RSS %6d MB\n' "$name" "$(elapsed "$t0" "$t1")" "$((rss / 1024))" | tee -a "$summary"
}

free_port() {
  "$run" node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

[ -x "$chromium" ] || die "no Chromium at $chromium (apt-get install chromium; never a downloaded browser)"
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is needed for the measurements"

for dir in "$repo"/plugins/*/; do
  if [ -f "$dir/package.json" ]; then plugin_dirs+=("${dir%/}"); fi
done

# 1. Types: the packed .d.ts files are made from dist-types (this repository's `yarn tsc`).
if [ "${INSTALL_TEST_SKIP_TSC:-}" != "1" ]; then
  step repo-tsc bash -c "cd '$repo' && '$run' yarn tsc"
fi

# 2. Build every plugin package's dist, as publishing does (`backstage-cli repo build`: every
#    package that is not a bundled app/backend, in one process).
# 3. Pack: `yarn pack` runs prepack (publishConfig swapped in, workspace:^ rewritten to ^0.1.0),
#    two packages at a time.
if [ "${INSTALL_TEST_REUSE_TARBALLS:-}" = "1" ] && [ -f "$tarballs/manifest.json" ]; then
  note "reusing the tarballs of the last run (INSTALL_TEST_REUSE_TARBALLS=1)"
else
  step build bash -c "cd '$repo' && '$run' yarn backstage-cli repo build"
  rm -rf "$tarballs" && mkdir -p "$tarballs"
  packing=1
  step pack bash -c "printf '%s\\n' \"\$@\" | xargs -P 2 -I{} '$here/packOne.sh' {} '$tarballs'" _ "${plugin_dirs[@]}"
  packing=""
fi
step check-tarballs "$run" node "$here/checkTarballs.js" "$tarballs"

# 4. A fresh portal from the pinned create-app (no install: one install after the changes),
#    with the last run's node_modules moved in unless INSTALL_TEST_COLD=1.
kept="$work/kept-install"
rm -rf "$kept"
if [ "${INSTALL_TEST_COLD:-}" != "1" ] && [ -d "$portal/node_modules" ]; then
  mkdir -p "$kept"
  for path in node_modules .yarn/install-state.gz packages/app/node_modules packages/backend/node_modules; do
    if [ -e "$portal/$path" ]; then
      mkdir -p "$kept/$(dirname "$path")"
      mv "$portal/$path" "$kept/$path"
    fi
  done
fi
rm -rf "$portal"
step create-app bash -c "cd '$work' && echo release-readiness-portal | '$run' npx -y '@backstage/create-app@$create_app_version' --skip-install --path '$portal'"

if [ -d "$kept" ]; then
  note "warm install: moving the last run's node_modules into the new portal"
  for path in node_modules .yarn/install-state.gz packages/app/node_modules packages/backend/node_modules; do
    if [ -e "$kept/$path" ]; then
      rm -rf "${portal:?}/$path"
      mkdir -p "$portal/$(dirname "$path")"
      mv "$kept/$path" "$portal/$path"
    fi
  done
  rm -rf "$kept"
else
  note "cold install: no kept node_modules"
fi
# create-app's yarn.lock seed (the Backstage release's versions) cannot be fetched here, and
# without it the newest versions resolve and the stock backend does not start (e.g.
# plugin-signals-backend 0.3.21 calls httpRouter.addWebSocketHandler, which backend-defaults
# 0.18.0 lacks). This repository's yarn.lock (Backstage 1.55, what the plugins are tested with)
# stands in for the seed; applyPortalChanges.js drops its entries of the repository's own
# packages, so the packed ones resolve to the tarballs.
cp "$repo/yarn.lock" "$portal/yarn.lock"

# 5. The documented changes, and the test's configuration on a free loopback port.
port="$(free_port)"
base_url="http://127.0.0.1:$port"
step portal-changes "$run" node "$here/applyPortalChanges.js" "$portal" "$tarballs/manifest.json" "$repo"
sed -e "s#__BASE_URL__#$base_url#g" -e "s#__PORT__#$port#g" "$here/app-config.install-test.yaml" >"$portal/app-config.install-test.yaml"

# 6. Install (global yarn cache; node-gyp against the toolchain's Node 22 headers).
export YARN_ENABLE_IMMUTABLE_INSTALLS=false YARN_ENABLE_GLOBAL_CACHE=true
step install bash -c "cd '$portal' && '$run' yarn install"

# 7. The adopter's type check: the added lines compile against the packed .d.ts files.
step portal-tsc bash -c "cd '$portal' && '$run' yarn tsc"

# 8. The app, built with the frontend package from its tarball (the backend serves it).
config_args="--config ../../app-config.yaml --config ../../app-config.install-test.yaml"
step app-build bash -c "cd '$portal/packages/app' && '$run' yarn build $config_args"

# 9. Boot the backend in its own process group.
note "boot ..."
t0=$(date +%s.%N)
(cd "$portal/packages/backend" && exec setsid "$run" yarn start $config_args) >"$logs/backend.log" 2>&1 &
backend_pgid=$!
ready=""
for _ in $(seq 1 360); do
  if ! kill -0 "$backend_pgid" 2>/dev/null; then
    tail -40 "$logs/backend.log" >&2
    die "the portal's backend exited during start-up (log: $logs/backend.log)"
  fi
  if grep -q "Backend startup failed" "$logs/backend.log"; then
    grep -B2 -A6 "Backend startup failed\|threw an error during startup" "$logs/backend.log" | head -40 >&2
    die "the portal's backend did not start (log: $logs/backend.log)"
  fi
  if curl -fsS -o /dev/null "$base_url/.backstage/health/v1/readiness" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.5
done
[ -n "$ready" ] || {
  tail -40 "$logs/backend.log" >&2
  die "the portal's backend was not ready after 180 s (log: $logs/backend.log)"
}
printf '%-14s %7s s\n' boot "$(elapsed "$t0")" | tee -a "$summary"

# 10. The checks: health, an API route as the guest user, the page in Chromium.
step checks env INSTALL_TEST_CHROMIUM="$chromium" "$run" node "$here/checkPortal.js" "$base_url" "$logs"
cat "$logs/checks.log"

# The backend's memory: the largest process's peak and the whole group's resident size now.
hwm=0
rss_sum=0
for pid in $(ps -o pid= -g "$backend_pgid"); do
  h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  r=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  if [ "${h:-0}" -gt "$hwm" ]; then hwm=$h; fi
  rss_sum=$((rss_sum + ${r:-0}))
done
printf '%-14s peak RSS %6d MB (largest process), %d MB resident (all its processes)\n' backend "$((hwm / 1024))" "$((rss_sum / 1024))" | tee -a "$summary"
printf '%-14s %7s s\n' total "$(elapsed "$started")" | tee -a "$summary"
note "PASSED: the packed plugins install into a stock create-app $create_app_version portal (summary: $summary)"
