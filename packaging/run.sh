#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the terminal.
# Arguments after the script are passed to slipstream (e.g. --data-dir DIR).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build_dir="${SLIPSTREAM_BUILD_DIR:-$root/build}"

bash "$here/build.sh" "$build_dir"

app="$build_dir/app/slipstream"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi
# No display (a server, a container): run on a virtual X server so the terminal still starts.
echo "slipstream: no DISPLAY or WAYLAND_DISPLAY; starting on a virtual X display (xvfb-run)." >&2
echo "slipstream: to see the window, run this on a desktop session or with X forwarding." >&2
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
