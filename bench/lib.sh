# Shared by the benchmark scripts (sourced, not run): where corpora live, how they are made,
# and the line that says what machine a figure comes from.
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(dirname "$bench_dir")

# ensure_corpus NAME CLAIMS [generator options...]: prints the corpus folder, writing it with
# `claimlang-bench gen` the first time (kept in bench/corpus/, not committed). A folder without
# the generator's stamp, generated.txt (an interrupted run, or a corpus from before the
# generator was part of the repository), is written again.
ensure_corpus() {
  local name=$1 claims=$2; shift 2
  local corpus="$bench_dir/corpus/$name"
  if [ ! -f "$corpus/generated.txt" ]; then
    echo "generating $claims claims into $corpus ..." >&2
    rm -rf "$corpus"
    bench_tool gen "$corpus" --claims "$claims" "$@" >/dev/null
  fi
  echo "$corpus"
}

# bench_tool ARGS...: runs claimlang-bench (bench/ClaimLang.Bench), the Release build, built
# first (a no-op when it is up to date).
bench_tool() {
  dotnet build "$bench_dir/ClaimLang.Bench" -c Release --nologo -v quiet >/dev/null
  dotnet "$bench_dir/ClaimLang.Bench/bin/Release/net10.0/ClaimLang.Bench.dll" "$@"
}

machine_line() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK$*, commit $(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d)"
}

# The host's runtime identifier (linux-x64, ...), for native builds.
host_rid() { dotnet --info | awk '/^ *RID:/ {print $2; exit}'; }

# publish_native PROJECT OUT: a native (ahead-of-time compiled) Release build of PROJECT in OUT,
# the way the native claimc tool package is built. Prints the folder.
publish_native() {
  dotnet publish "$1" -c Release -r "$(host_rid)" -p:PublishAot=true -o "$2" --nologo -v quiet >/dev/null
  echo "$2"
}
