#!/usr/bin/env bash
# The check benchmark, one command: bash bench/check.sh [CLAIMS...]
# Times the real `claimc check` (the native Release build) on generated corpora: the whole process, as
# a user or CI waits for it, with its peak resident memory (GNU time's %M). Corpora are written
# by `claimlang-bench gen` once and kept in bench/corpus/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
root=$repo_root
sizes=("${@:-100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
[ -x /usr/bin/time ] || { echo "bench/check.sh needs GNU time: apt-get install time" >&2; exit 2; }

# The native claimc, as the tool package installs it on this platform (README.md).
claimc=("$(publish_native "$root/src/ClaimLang.Cli" "$bench_dir/out/claimc")/claimc")

for n in "${sizes[@]}"; do
  corpus=$(ensure_corpus "c$n" "$n")
  for run in 1 2 3; do
    # claimc exits 1 when the corpus has findings; the timing is what matters here.
    stats=$( { /usr/bin/time -f "%e %M" "${claimc[@]}" check "$corpus" --format msbuild > /tmp/claimc-check-$n.out; } 2>&1 | tail -1 ) || true
    read -r seconds kilobytes <<< "$stats"
    findings=$(wc -l < /tmp/claimc-check-$n.out)
    echo "check c$n run $run: $seconds s, peak $((kilobytes / 1024)) MiB, $findings findings"
  done
done
machine_line
