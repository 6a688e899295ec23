#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs and starts what the tests need (a throwaway PostgreSQL server
# and Debian's Chromium for the browser tests), then runs the whole suite. Safe to run again: it reuses what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_pkgs+=(postgresql)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "==> Installing ${need_pkgs[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" fonts-dejavu-core >/dev/null
fi

# A throwaway PostgreSQL cluster on its own port, owned by the postgres user, deleted on exit.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=${BANKRECON_PG_PORT:-55439}
pg_dir=$(mktemp -d /tmp/bankrecon-pg.XXXXXX)
chown postgres:postgres "$pg_dir"
cleanup() { su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap cleanup EXIT
echo "==> Starting a throwaway PostgreSQL ($pg_bin) on port $pg_port"
su postgres -c "$pg_bin/initdb -D $pg_dir/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200' -w start" >/dev/null
export BANKRECON_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
export BANKRECON_TEST_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "==> Building"
dotnet build BankRecon.sln -c Release -nologo -v quiet -clp:ErrorsOnly
echo "==> Testing"
log=$(mktemp /tmp/bankrecon-test.XXXXXX.log)
set +e
dotnet test BankRecon.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" --results-directory artifacts/test-results "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test projects ("Passed!  - Failed: 0, Passed: 133, ...").
passed=$(sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), Passed: +([0-9]+).*/\3/p' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), Passed: +([0-9]+).*/\2/p' "$log" | awk '{s+=$1} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then echo "No test ran." >&2; exit 1; fi
exit "$status"
