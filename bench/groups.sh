#!/usr/bin/env bash
# The hostile-group benchmark, one command: bash bench/groups.sh [CLAIMS...]
# Times the real `claimc check` (the native Release build) on one claim file per shape of
# `claimlang-bench group` (one flow group shaped to make the consistency check work hard:
# most claims conflicting, all about one period, months over two centuries, a chain of
# interlocking windows, totals beyond doubles), with peak resident memory (GNU time's %M).
# Files are written once into bench/corpus/groups/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sizes=("${@:-100000}")
read -r -a sizes <<< "${sizes[*]}"
[ -x /usr/bin/time ] || { echo "bench/groups.sh needs GNU time: apt-get install time" >&2; exit 2; }

claimc="$(publish_native "$repo_root/src/ClaimLang.Cli" "$bench_dir/out/claimc")/claimc"
mkdir -p "$bench_dir/corpus/groups"
for n in "${sizes[@]}"; do
  for kind in conflicting same-period months chain huge; do
    file="$bench_dir/corpus/groups/$kind-$n.claim"
    [ -f "$file" ] || bench_tool group "$kind" "$file" --claims "$n" >/dev/null
    bytes=$(stat -c %s "$file")
    for run in 1 2 3; do
      # claimc exits 1 when the group has findings; the timing is what matters here.
      stats=$( { /usr/bin/time -f "%e %M" "$claimc" check "$file" --format msbuild > /tmp/claimc-groups.out; } 2>&1 | tail -1 ) || true
      read -r seconds kilobytes <<< "$stats"
      echo "$kind $n claims ($((bytes / 1024)) KiB) run $run: $seconds s, peak $((kilobytes / 1024)) MiB, $(wc -l < /tmp/claimc-groups.out) lines"
    done
  done
done
machine_line
