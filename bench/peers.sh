#!/usr/bin/env bash
# The consistency issue's comparison, one command: bash bench/peers.sh [CLAIMS]
# Times, in the same run and on the same records (gen_corpus.py writes them for each tool):
#   claimc check          the whole check (parse, bind, all checks, consistency)
#   hledger check         hledger's checks on the same records as a journal
#   System.Text.Json      deserializing the same records from JSON Lines
# Each is a fresh process, three runs; wall time and peak memory from GNU time. Targets
# (the consistency issue): claimc at most 1/8 of hledger's time and at most 2x the JSON Lines
# time, peak memory under 150 MB, on 100k claims.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
n=${1:-100000}
corpus="$here/corpus/peers-c$n"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v hledger >/dev/null || { echo "needs hledger: apt-get update && apt-get install hledger" >&2; exit 2; }
if [ ! -f "$corpus/claims.jsonl" ]; then
  echo "generating $n claims with peer files into $corpus ..." >&2
  python3 "$root/../shared/bench/gen_corpus.py" "$corpus" --claims "$n" \
    --hledger "$corpus/claims.journal" --jsonl "$corpus/claims.jsonl" >/dev/null
fi
dotnet build "$root/src/ClaimLang.Cli" -c Release --nologo -v quiet >/dev/null
dotnet build "$here/ClaimLang.Bench" -c Release --nologo -v quiet >/dev/null

measure() { # name, command...
  local name=$1; shift
  local stats; stats=$(mktemp)
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>&1 || true  # claimc exits 1 when it finds conflicts
    read -r seconds kilobytes < <(tail -1 "$stats")
    echo "$name run $run: $seconds s, peak $((kilobytes / 1024)) MiB"
  done
  rm -f "$stats"
}
measure "claimc check" dotnet "$root/src/ClaimLang.Cli/bin/Release/net10.0/claimc.dll" check "$corpus" --format msbuild
measure "hledger check" hledger -f "$corpus/claims.journal" check
measure "System.Text.Json" dotnet "$here/ClaimLang.Bench/bin/Release/net10.0/ClaimLang.Bench.dll" jsonl "$corpus/claims.jsonl"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK, $(hledger --version | head -1), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d)"
