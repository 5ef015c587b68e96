#!/usr/bin/env bash
# Installs apierr for the action: the copy on PATH if it is this version, else a build from the
# action's own checkout (no release download, so it works wherever crates.io is reachable).
set -euo pipefail
want=$(sed -n 's/^version = "\(.*\)"/\1/p' "$GITHUB_ACTION_PATH/Cargo.toml" | head -n 1)
if command -v apierr >/dev/null 2>&1 && apierr --version | grep -qx "apierr $want"; then
  exit 0
fi
root="${RUNNER_TEMP:-/tmp}/apierr"
cargo install --locked --quiet --path "$GITHUB_ACTION_PATH" --root "$root"
echo "$root/bin" >> "$GITHUB_PATH"
