#!/usr/bin/env bash
# Runs a command against a throw-away Redis (Debian's `redis-server` package), so that tests can
# use Backstage's Redis cache store (backend.cache.store: redis) as several backend replicas share
# it. The server keeps nothing on disk (no RDB snapshots, no AOF), lives in a temporary directory,
# listens on a free loopback port, is not a system service, and is stopped and removed afterwards.
#
# Usage: scripts/test-redis.sh <command> [args...]
# The command sees RELEASE_READINESS_TEST_REDIS_URL (redis://127.0.0.1:<port>). A missing
# redis-server is an error, never a skip: run 'make system-deps' (as root) to install it.
set -euo pipefail

server="$(command -v redis-server || true)"
cli="$(command -v redis-cli || true)"
if [ -z "$server" ] || [ -z "$cli" ]; then
  echo "test-redis: Redis is not installed; run 'make system-deps' (Debian package redis-server)" >&2
  exit 1
fi

dir="$(mktemp -d /tmp/rr-redis.XXXXXX)"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
pid=""

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    "$cli" -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || kill -9 "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$server" --bind 127.0.0.1 --port "$port" --protected-mode yes --dir "$dir" \
  --save '' --appendonly no --daemonize no --logfile "$dir/server.log" &
pid=$!

for _ in $(seq 1 100); do
  if [ "$("$cli" -h 127.0.0.1 -p "$port" ping 2>/dev/null || true)" = "PONG" ]; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$dir/server.log" >&2 || true
    echo "test-redis: redis-server exited at start" >&2
    exit 1
  fi
  sleep 0.1
done
if [ "$("$cli" -h 127.0.0.1 -p "$port" ping 2>/dev/null || true)" != "PONG" ]; then
  cat "$dir/server.log" >&2 || true
  echo "test-redis: redis-server did not answer on 127.0.0.1:$port within 10 s" >&2
  exit 1
fi

echo "test-redis: $("$server" --version | cut -d' ' -f1-3) on 127.0.0.1:$port" >&2
export RELEASE_READINESS_TEST_REDIS_URL="redis://127.0.0.1:${port}"
"$@"
