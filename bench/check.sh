#!/usr/bin/env bash
# The check benchmark, one command: bash bench/check.sh [CLAIMS...]
# Times the real `claimc check` (Release build) on generated corpora: the whole process, as
# a user or CI waits for it, with its peak resident memory (GNU time's %M). Corpora are made
# with ../shared/bench/gen_corpus.py once and kept in bench/corpus/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
generator="$root/../shared/bench/gen_corpus.py"
sizes=("${@:-100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
[ -x /usr/bin/time ] || { echo "bench/check.sh needs GNU time: apt-get install time" >&2; exit 2; }

dotnet build "$root/src/ClaimLang.Cli" -c Release --nologo -v quiet >/dev/null
claimc=(dotnet "$root/src/ClaimLang.Cli/bin/Release/net10.0/claimc.dll")

for n in "${sizes[@]}"; do
  corpus="$here/corpus/c$n"
  if [ ! -f "$corpus/decls.claim" ]; then
    echo "generating $n claims into $corpus ..." >&2
    python3 "$generator" "$corpus" --claims "$n" >/dev/null
  fi
  for run in 1 2 3; do
    # claimc exits 1 when the corpus has findings; the timing is what matters here.
    stats=$( { /usr/bin/time -f "%e %M" "${claimc[@]}" check "$corpus" --format msbuild > /tmp/claimc-check-$n.out; } 2>&1 | tail -1 ) || true
    read -r seconds kilobytes <<< "$stats"
    findings=$(wc -l < /tmp/claimc-check-$n.out)
    echo "check c$n run $run: $seconds s, peak $((kilobytes / 1024)) MiB, $findings findings"
  done
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d)"
