#!/usr/bin/env bash
# The hostile-input benchmark, one command: bash bench/hostile.sh [KIND...]
# Runs the real `claimc check` (the native Release build) on each adversarial project that
# `claimlang-bench hostile` writes (docs/reliability.md), at 1 MiB and 8 MiB (HOSTILE_SIZES, in
# bytes, overrides them), and prints the time per MiB (wall, and CPU: user + system, which a
# machine shared with other work inflates less) and the peak resident memory per input byte: in
# all, and above what claimc takes for an empty project (the runtime itself). The aim:
# at most about a second per MiB, at most 50 bytes per input byte. Projects are kept in
# bench/corpus/hostile-KIND-BYTES/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -x /usr/bin/time ] || { echo "bench/hostile.sh needs GNU time: apt-get install time" >&2; exit 2; }
read -r -a sizes <<< "${HOSTILE_SIZES:-1048576 8388608}"
kinds=("$@")
if [ ${#kinds[@]} -eq 0 ]; then
  mapfile -t kinds < <(bench_tool hostile list | cut -f1)
fi

claimc="$(publish_native "$repo_root/src/ClaimLang.Cli" "$bench_dir/out/claimc")/claimc"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# run_check DIR: prints "WALL_SECONDS CPU_SECONDS KILOBYTES" for one check of DIR (claimc exits 1 on errors: expected here).
run_check() {
  { /usr/bin/time -f "%e %U %S %M" "$claimc" check "$1" --format msbuild > "$out"; } 2>&1 | tail -1 | awk '{print $1, $2 + $3, $4}' || true
}

empty="$bench_dir/corpus/hostile-empty"
mkdir -p "$empty" && echo "// nothing" > "$empty/empty.claim"
read -r _ _ base_kb <<< "$(run_check "$empty")"
echo "empty project: peak $((base_kb / 1024)) MiB (the baseline below)"

printf '%-12s %9s %7s %9s %9s %9s %9s %10s\n' kind bytes seconds "s/MiB" "cpu s/MiB" "peak MiB" "B/byte" "above/byte"
for kind in "${kinds[@]}"; do
  for bytes in "${sizes[@]}"; do
    dir="$bench_dir/corpus/hostile-$kind-$bytes"
    if [ ! -f "$dir.stamp" ]; then
      bench_tool hostile "$kind" "$dir" --bytes "$bytes" >/dev/null
      touch "$dir.stamp"
    fi
    actual=$(find "$dir" -name '*.claim' -printf '%s\n' | awk '{s += $1} END {print s}')
    read -r seconds cpu kb <<< "$(run_check "$dir")"
    awk -v k="$kind" -v b="$actual" -v s="$seconds" -v c="$cpu" -v m="$kb" -v base="$base_kb" 'BEGIN {
      printf "%-12s %9d %7.2f %9.2f %9.2f %9.0f %9.1f %10.1f\n", k, b, s, s / (b / 1048576), c / (b / 1048576), m / 1024, m * 1024 / b, (m - base) * 1024 / b }'
  done
done
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
machine_line ", $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
