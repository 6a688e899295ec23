#!/usr/bin/env bash
# The journal page under load: wrk against a 10 000-line applied payment reconciliation journal on SQLite, the web app
# in Release, signed in as the demo accountant. Prints wrk's latency distribution plus p95 for each page measured.
#
#   .ci/bench-web.sh                       # 10 000 lines, 100 000 open entries, 32 connections, 30 s per page
#   LINES=1000 ENTRIES=10000 DURATION=10s .ci/bench-web.sh
#   DB=/tmp/journal.db .ci/bench-web.sh    # reuse a database prepared by an earlier run (KEEP=1 keeps it)
#
# Needs wrk (Debian package "wrk", installed when missing) and curl. Safe to rerun: everything lives in a temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

lines=${LINES:-10000}
entries=${ENTRIES:-100000}
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
duration=${DURATION:-30s}
port=${PORT:-5317}
base="http://127.0.0.1:$port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null 2>&1; then
  echo "==> Installing wrk (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

work=$(mktemp -d /tmp/bankrecon-bench-web.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != "1" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

echo "==> Building the CLI and the web app (Release)"
dotnet build src/BankRecon.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build src/BankRecon.Web -c Release -nologo -v quiet -clp:ErrorsOnly

db=${DB:-}
if [ -z "$db" ]; then
  db="$work/journal.db"
  echo "==> Preparing $lines applied lines against $entries open entries ($db)"
  dotnet src/BankRecon.Cli/bin/Release/net10.0/bankrecon.dll bench apply --lines "$lines" --entries "$entries" --keep "$db" --demo-users
fi

echo "==> Starting the web app on $base"
mkdir -p "$work/data"
(
  cd src/BankRecon.Web
  # Production settings, except that the cookies must travel over plain http to 127.0.0.1.
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__BankRecon="Data Source=$db" \
  DataFolder="$work/data" \
  Security__CookieSecurePolicy=SameAsRequest \
  exec dotnet bin/Release/net10.0/BankRecon.Web.dll --urls "$base"
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/health" 2>/dev/null && break
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 1
done

echo "==> Signing in as the demo accountant (sign-in form with its antiforgery token)"
jar="$work/cookies.txt"
token=$(curl -fsS -c "$jar" "$base/Account/SignIn" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$token" ] || { echo "No antiforgery token on the sign-in page." >&2; exit 1; }
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$base/Account/SignIn" \
  --data-urlencode "Input.UserName=accountant" --data-urlencode "Input.Password=${DEMO_PASSWORD:-bankrecon-demo}" \
  --data-urlencode "__RequestVerificationToken=$token")
[ "$status" = "302" ] || { echo "Sign-in answered $status, expected a redirect." >&2; exit 1; }
cookie=$(awk -F'\t' '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")

journal=$(curl -fsS -H "Cookie: $cookie" "$base/Journals" | grep -o '/Journals/Details/[0-9a-f-]\{36\}' | head -n 1)
[ -n "$journal" ] || { echo "No journal on /Journals (is the sign-in cookie accepted?)." >&2; exit 1; }
echo "journal: $journal"

# p95 is not in wrk's own --latency table; the done() hook prints it, and counts answers other than 200 (a lost
# session would otherwise measure the sign-in redirect).
cat >"$work/report.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) not_ok = 0 end
function response(status, headers, body) if status ~= 200 then not_ok = not_ok + 1 end end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("not_ok") end
  local function ms(p) return latency:percentile(p) / 1000 end
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms non200=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), ms(50), ms(90), ms(95), ms(99), latency.max / 1000, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
LUA

# The same hooks, and each request asks for another page of the journal (pages 1-200, filters in turn), so no single
# page is served hot: what an accountant paging through a 10k-line journal sees.
{ cat "$work/report.lua"; cat <<'LUA'
local filters = { "", "&filter=ToReview", "&filter=Unapplied", "&sort=-amount" }
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, wrk.path .. "?pageNo=" .. (n % 200 + 1) .. filters[n % #filters + 1])
end
LUA
} >"$work/paging.lua"

run() {
  local name=$1 path=$2 script=${3:-$work/report.lua}
  local code
  code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  [ "$code" = "200" ] || { echo "$path answered $code" >&2; exit 1; }
  wrk -t"$threads" -c"$connections" -d5s -H "Cookie: $cookie" "$base$path" >/dev/null
  echo
  echo "==> $name: $path  (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  local before after
  before=$(cpu_ticks)
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency -s "$script" -H "Cookie: $cookie" "$base$path"
  after=$(cpu_ticks)
  echo "server CPU during the run: $(( (after - before) * 1000 / $(getconf CLK_TCK) )) ms (user+sys)"
}

# user+sys CPU of the web server so far, in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }

pages=("$journal" "$journal?pageNo=100" "$journal?filter=ToReview" "$journal?filter=ToReview&q=faktura")
# Warm-up, every page in turn: the JIT's tiers (about half a minute of load before the code is final), EF's compiled
# queries, the journal's snapshot and SQLite's page cache, as on a server that has been running a while.
echo "==> Warming up (${WARMUP:-15s} per page)"
for path in "${pages[@]}"; do wrk -t"$threads" -c"$connections" -d"${WARMUP:-15s}" -H "Cookie: $cookie" "$base$path" >/dev/null; done

run "first page of lines (50)" "$journal"
run "a page deep in the journal (page 100 of 200)" "$journal?pageNo=100"
run "filtered: lines to review" "$journal?filter=ToReview"
run "filtered and searched: lines to review naming 'faktura'" "$journal?filter=ToReview&q=faktura"
run "paging: another page, filter or order on every request" "$journal" "$work/paging.lua"
