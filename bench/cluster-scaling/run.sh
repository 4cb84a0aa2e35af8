#!/usr/bin/env bash
# One latency-bound cluster crawl: a demo store on 127.0.0.1 that answers every page after LATENCY_MS, crawled by SILOS
# silo processes (shelfscout-cluster silo, localhost clustering) sharing one ShelfScout store: an SQLite file, or with
# STORE=postgres a PostgreSQL server made with initdb in the temporary folder (loopback, synchronous_commit off, which
# is what SQLite's synchronous=NORMAL in WAL mode does too: no flush per commit). Prints one line:
#   silos=N store=S pages=P seconds=T pages_per_s=R submit_to_end_s=W silo_cpu_s=C demo_cpu_s=D [postgres_cpu_s=G] load1=L
# (seconds: the run as the retailer grain times it, from submission to completion; submit_to_end_s: the same with the
# `cluster submit` client's start-up, as a user waits for it; CPU seconds of all silos and of the demo store during it, of the PostgreSQL
# server since its start; the 1-minute load average at the end). Before it, the silos crawl a WARMUP_PRODUCTS store
# (default 100; 0 for none), so start-up and JIT are not measured. BENCH_LOGS=DIR keeps the logs there.
# Usage: [STORE=sqlite|postgres] bench/cluster-scaling/run.sh SILOS [PRODUCTS] [LATENCY_MS] [CONCURRENCY_PER_SILO]
set -euo pipefail
cd "$(dirname "$0")/../.."
silos="${1:?number of silos}"; products="${2:-1000}"; latency="${3:-50}"; concurrency="${4:-2}"
shelf=src/ShelfScout.Cli/bin/Release/net10.0/shelfscout
cluster=src/ShelfScout.Cluster.Cli/bin/Release/net10.0/shelfscout-cluster
[ -x "$shelf" ] && [ -x "$cluster" ] || { echo "build first: dotnet build src/ShelfScout.Cli -c Release && dotnet build src/ShelfScout.Cluster.Cli -c Release" >&2; exit 2; }
work="$(mktemp -d)"; pids=(); as=(); pgbin=
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true
  [ -d "$work/pg" ] && "${as[@]}" "$pgbin/pg_ctl" stop -w -m fast -D "$work/pg" >/dev/null 2>&1
  [ -n "${BENCH_LOGS:-}" ] && mkdir -p "$BENCH_LOGS" && cp "$work"/*.log "$BENCH_LOGS"/
  rm -rf "$work"
}
trap cleanup EXIT
cpu_seconds() {  # user + system seconds of each process so far, one figure per process
  for p in "$@"; do awk -v t="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); print ($12 + $13) / t }' "/proc/$p/stat"; done | paste -sd' '
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
store_port=$(free_port); id="bench$$"; base=$((20000 + RANDOM % 20000))
db="$work/cluster.db"
if [ "${STORE:-sqlite}" = postgres ]; then
  # The server runs as the postgres user when this script runs as root (PostgreSQL refuses root), as the tests do.
  pgbin=${SHELFSCOUT_PG_BIN:-$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")}
  as=(); [ "$(id -u)" = 0 ] && { chmod 777 "$work"; as=(runuser -u postgres --); }
  pg_port=$(free_port)
  "${as[@]}" "$pgbin/initdb" -D "$work/pg" -U shelf --auth=trust --encoding=UTF8 --locale=C --no-sync >"$work/initdb.log"
  "${as[@]}" "$pgbin/pg_ctl" start -w -t 60 -D "$work/pg" -l "$work/postgres.log" \
    -o "-h 127.0.0.1 -p $pg_port -k $work -c synchronous_commit=off -c max_connections=200" >/dev/null
  db="postgresql://shelf@127.0.0.1:$pg_port/postgres"   # the server's own empty database: ShelfScout makes its tables
fi
"$shelf" demo-store --port "$store_port" --products "$products" --churn 0 --latency-ms "$latency" >"$work/store.log" 2>&1 & pids+=($!)
warmup="${WARMUP_PRODUCTS:-100}"
if [ "$warmup" -gt 0 ]; then
  warm_port=$(free_port)
  "$shelf" demo-store --port "$warm_port" --products "$warmup" --seed 2 --churn 0 --latency-ms "$latency" >"$work/warmup-store.log" 2>&1 & warm_pid=$!
fi
for i in $(seq 0 $((silos - 1))); do
  # Per-host limit and delay out of the way: the point is how the waiting spreads over silos, not politeness.
  "$cluster" silo --cluster-id "$id" --db "$db" --silo-port $((base + i)) --gateway-port $((base + 100 + i)) \
    --primary-port "$base" --per-host-concurrency 64 --delay-ms 0 >"$work/silo$i.log" 2>&1 & pids+=($!)
  [ "$i" = 0 ] && sleep 2
done
url="http://127.0.0.1:$store_port/"
# Every silo's gateway answers only once that silo is an active member: wait for all of them, since a round is
# dispatched to the silos active at submit (a silo that joins later waits for the retailer grain's next watchdog tick).
for i in $(seq 0 $((silos - 1))); do
  until "$cluster" cluster status --url "$url" --cluster-id "$id" --gateway-port $((base + 100 + i)) >/dev/null 2>&1; do sleep 0.5; done
done
if [ "$warmup" -gt 0 ]; then
  # Silos are long-lived: crawl another store first, so the measured crawl is not also each silo's JIT warm-up
  # (three silos compile the same code three times, on the same cores the crawl needs).
  "$cluster" cluster submit --url "http://127.0.0.1:$warm_port/" --cluster-id "$id" --gateway-port $((base + 100)) --concurrency "$concurrency" --wait >/dev/null
  kill "$warm_pid"; wait "$warm_pid" 2>/dev/null || true
fi
cpu_before=$(cpu_seconds "${pids[@]}")
start=$(date +%s.%N)
status=$("$cluster" cluster submit --url "$url" --cluster-id "$id" --gateway-port $((base + 100)) --concurrency "$concurrency" --wait)
end=$(date +%s.%N)
printf "%s\n" "$status" >"$work/status.json"
# Pages and the run's own start and end (the retailer grain's clock): the client process's start-up is not the crawl.
read -r pages run_seconds < <(printf '%s' "$status" | python3 -c 'import json,sys; from datetime import datetime as d; s=json.load(sys.stdin); print(s["done"] + s["failed"], (d.fromisoformat(s["endedAt"]) - d.fromisoformat(s["startedAt"])).total_seconds())')
load=$(cut -d' ' -f1 /proc/loadavg)
postmaster=$([ -f "$work/pg/postmaster.pid" ] && head -1 "$work/pg/postmaster.pid" || echo 0)
python3 - "$silos" "$pages" "$run_seconds" "$start" "$end" "$load" "${STORE:-sqlite}" "$postmaster" "$cpu_before" "$(cpu_seconds "${pids[@]}")" <<'PY'
import glob, os, sys
silos, pages, seconds, start, end = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
load, store_kind, postmaster = sys.argv[6:9]
before, after = ([float(x) for x in a.split()] for a in sys.argv[9:11])
used = [b - a for a, b in zip(before, after)]  # CPU seconds of the measured crawl: the demo store first, then each silo
def stat(pid):
    return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
def cpu(pid, children=False):
    f = stat(pid)
    return (int(f[11]) + int(f[12]) + (int(f[13]) + int(f[14]) if children else 0)) / os.sysconf("SC_CLK_TCK")
def server_cpu(postmaster):  # the postmaster, its ended children and its live backends, from its start
    live = [p.split("/")[2] for p in glob.glob("/proc/[0-9]*/stat") if stat(p.split("/")[2])[1] == postmaster]
    return cpu(postmaster, children=True) + sum(cpu(p) for p in live)
print(f"silos={silos} store={store_kind} pages={pages} seconds={seconds:.1f} pages_per_s={pages / seconds:.1f} submit_to_end_s={end - start:.1f} "
      f"silo_cpu_s={sum(used[1:]):.1f} demo_cpu_s={used[0]:.1f}"
      + (f" postgres_cpu_s={server_cpu(postmaster):.1f}" if postmaster != "0" else "") + f" load1={load}")
PY
