#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL cluster (Debian's `postgresql` package), so that
# store tests run on PostgreSQL as well as SQLite. The cluster lives in a temporary directory,
# listens on a free loopback port, is not a system service, and is removed afterwards.
#
# Usage: scripts/test-postgres.sh <command> [args...]
# The command sees BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING (which Backstage's
# TestDatabases picks up) and RELEASE_READINESS_REQUIRE_POSTGRES=1 (tests then refuse to fall
# back to SQLite only). As root, the server runs as the `postgres` user the package creates.
set -euo pipefail

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "test-postgres: PostgreSQL is not installed; run 'make system-deps' (Debian package postgresql)" >&2
  exit 1
fi
major="$(basename "$(dirname "$bindir")")"

as_owner=()
if [ "$(id -u)" = "0" ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "test-postgres: running as root but there is no 'postgres' user to run the server" >&2
    exit 1
  fi
  as_owner=(runuser -u postgres --)
fi

dir="$(mktemp -d /tmp/rr-pg.XXXXXX)"
chmod 755 "$dir"
[ "${#as_owner[@]}" -gt 0 ] && chown postgres "$dir"

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "test-postgres: PostgreSQL $major on 127.0.0.1:$port" >&2
export "BACKSTAGE_TEST_DATABASE_POSTGRES${major}_CONNECTION_STRING=postgresql://postgres@127.0.0.1:${port}/postgres"
export RELEASE_READINESS_REQUIRE_POSTGRES=1
"$@"
