#!/usr/bin/env bash
# A 1,000,000-entry frontier in PostgreSQL and its claim rate: starts a PostgreSQL server made with initdb in a
# temporary folder (loopback, synchronous_commit off; as the postgres user when run as root), then runs
# bench/ShelfScout.FrontierBench, which fills the frontier and has CLAIMERS workers claim and complete entries.
# Usage: bench/frontier-claims/run.sh [ENTRIES] [CLAIMERS] [BATCH] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/ShelfScout.FrontierBench -c Release -v q -nologo >/dev/null
bin=bench/ShelfScout.FrontierBench/bin/Release/net10.0/ShelfScout.FrontierBench
work="$(mktemp -d)"; as=()
pgbin=${SHELFSCOUT_PG_BIN:-$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")}
[ "$(id -u)" = 0 ] && { chmod 777 "$work"; as=(runuser -u postgres --); }
trap '[ -d "$work/pg" ] && "${as[@]}" "$pgbin/pg_ctl" stop -w -m fast -D "$work/pg" >/dev/null 2>&1; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as[@]}" "$pgbin/initdb" -D "$work/pg" -U shelf --auth=trust --encoding=UTF8 --locale=C --no-sync >"$work/initdb.log"
"${as[@]}" "$pgbin/pg_ctl" start -w -t 60 -D "$work/pg" -l "$work/postgres.log" \
  -o "-h 127.0.0.1 -p $port -k $work -c synchronous_commit=off -c max_connections=200" >/dev/null
"$bin" "Host=127.0.0.1;Port=$port;Username=shelf;Database=postgres" "$@"
