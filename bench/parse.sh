#!/usr/bin/env bash
# The parse benchmark, one command: bash bench/parse.sh [CLAIMS...]
# Generates the corpora with ../shared/bench/gen_corpus.py (once; kept in bench/corpus/),
# builds the benchmark in Release, then parses each corpus in a fresh process (so peak
# memory is that corpus' own) and prints a stage profile of the smallest one.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
generator="$root/../shared/bench/gen_corpus.py"
sizes=("${@:-100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"

dotnet build "$here/ClaimLang.Bench" -c Release --nologo -v quiet >/dev/null
bench=(dotnet "$here/ClaimLang.Bench/bin/Release/net10.0/ClaimLang.Bench.dll")

for n in "${sizes[@]}"; do
  corpus="$here/corpus/c$n"
  if [ ! -f "$corpus/decls.claim" ]; then
    echo "generating $n claims into $corpus ..." >&2
    python3 "$generator" "$corpus" --claims "$n" >/dev/null
  fi
  "${bench[@]}" parse "$corpus"
done
"${bench[@]}" stages "$here/corpus/c${sizes[0]}"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d)"
