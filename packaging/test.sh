#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite with ctest.
# Honours SLIPSTREAM_SANITIZE=address|undefined|thread (separate build directory per kind).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
sanitize="${SLIPSTREAM_SANITIZE:-}"
build_dir="${SLIPSTREAM_BUILD_DIR:-$root/build-tests${sanitize:+-$sanitize}}"

CMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
  bash "$here/build.sh" "$build_dir" -DSLIPSTREAM_BUILD_TESTS=ON -DSLIPSTREAM_SANITIZE="$sanitize"

export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"
