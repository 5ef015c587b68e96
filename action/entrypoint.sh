#!/usr/bin/env bash
# Runs apierr for the composite action. Every input arrives in an APIERR_* environment variable
# and is passed as an argument, never evaluated, so a crafted input cannot run code here.
set -euo pipefail
args=(--lang "${APIERR_INPUT_LANG:-en}")
if [ -n "${APIERR_RUN:-}" ]; then
  # `run` is a command line by design: the workflow author wrote it, as in a `run:` step.
  exec apierr run "${args[@]}" --retry "${APIERR_RETRY:-0}" --max-wait "${APIERR_MAX_WAIT:-10m}" \
    -- bash -c "$APIERR_RUN"
fi
files=()
while IFS= read -r line; do
  for f in $line; do files+=("$f"); done
done <<< "${APIERR_FILES:-}"
if [ ${#files[@]} -eq 0 ]; then
  echo "apierr: set the 'files' input (log files to scan) or the 'run' input (a command to run)" >&2
  exit 2
fi
if [ "${APIERR_FAIL:-false}" = "true" ]; then
  args+=(--fail)
fi
exec apierr --format github "${args[@]}" -- "${files[@]}"
