#!/usr/bin/env bash
# Packs one plugin package as publishing would: `yarn pack` (prepack: publishConfig swapped in,
# workspace:^ ranges rewritten to ^<version>; postpack restores package.json) into
# <outDir>/<package dir name>.tgz, with yarn's output in <outDir>/<package dir name>.log (printed
# when it fails). Used by run.sh.
# Usage: packOne.sh <packageDir> <outDir>
set -euo pipefail
dir="$1"
out="$2"
run="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/scripts/toolchain.sh"
name="$(basename "$dir")"
if ! (cd "$dir" && "$run" yarn pack --out "$out/$name.tgz") >"$out/$name.log" 2>&1; then
  cat "$out/$name.log" >&2
  echo "install-test: yarn pack failed in $dir" >&2
  exit 255 # stops xargs
fi
echo "packed $name"
