#!/usr/bin/env bash
# Runs every Watchkeeper test: unit, integration (SQLite and PostgreSQL), CLI and browser.
# As root on Debian it installs what is missing (PostgreSQL, Chromium, snmpd, Prometheus, dnsmasq, aiosmtpd); it starts a throwaway
# PostgreSQL cluster on a free loopback port in a temporary directory and removes it afterwards.
# Extra arguments go to `dotnet test` (e.g. --filter Category=Audit).
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
[ -x /usr/sbin/snmpd ] || need_packages+=(snmpd)
[ -x /usr/bin/prometheus ] || need_packages+=(prometheus)
# DNS checks are tested against dnsmasq, STARTTLS against aiosmtpd. Without root these are not installed and their
# tests are skipped, saying so; so are the ping tests, which need raw ICMP sockets (or the ping utility).
skippable=()
[ -x /usr/sbin/dnsmasq ] || skippable+=(dnsmasq-base)
[ -d /usr/lib/python3/dist-packages/aiosmtpd ] || skippable+=(python3-aiosmtpd)
if [ "$(id -u)" -eq 0 ]; then
  need_packages+=("${skippable[@]}")
else
  [ ${#skippable[@]} -eq 0 ] || echo "Not root, so ${skippable[*]} will not be installed: the tests that need them are skipped." >&2
  echo "Not root: the ping check tests are skipped unless this machine allows unprivileged ICMP or has the ping utility." >&2
fi
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need_packages[*]}. Install them (or run this script as root)." >&2
    exit 1
  fi
  echo "Installing ${need_packages[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  # Tests start their own snmpd on a free loopback port; the packaged service is not needed.
  if [[ " ${need_packages[*]} " == *" snmpd "* ]] && [ -d /run/systemd/system ]; then
    systemctl disable --now snmpd >/dev/null 2>&1 || true
  fi
  # Likewise Prometheus: tests run their own with a temporary configuration.
  if [[ " ${need_packages[*]} " == *" prometheus "* ]] && [ -d /run/systemd/system ]; then
    systemctl disable --now prometheus >/dev/null 2>&1 || true
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_dir=$(mktemp -d /tmp/watchkeeper-pg.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT

echo "$pg_password" > "$pg_dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir/pwfile"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U watchkeeper --pwfile="$pg_dir/pwfile" -A scram-sha-256 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c fsync=off -c max_connections=300" start >/dev/null
export WATCHKEEPER_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=watchkeeper;Password=$pg_password;Database=postgres"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Watchkeeper.slnx -nologo -v quiet -clp:ErrorsOnly
set +e
dotnet test Watchkeeper.slnx --no-build -nologo "$@" 2>&1 | tee "$pg_dir/test.log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects.
awk '/(Passed|Failed)!  - Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$pg_dir/test.log"
exit "$status"
