#!/usr/bin/env bash
# Usage: postgres.sh start|stop [STATE_DIR]
# Runs a throw-away PostgreSQL cluster on loopback without systemd, the way shared/machine-notes.md measured it:
# initdb refuses root, so as root the cluster belongs to the `postgres` user; its data lives in STATE_DIR, and the
# postmaster's PID is kept there so stop ends this cluster and nothing else.
#   start   install postgresql if missing (Debian), initdb on first use, start on 127.0.0.1:$CONTRACTS_POSTGRES_PORT
#           (default 55432), wait until it accepts connections, print the connection string
#   stop    fast shutdown (SIGINT) of the recorded postmaster, by PID, and wait for it to exit
set -euo pipefail

state=${2:-${CONTRACTS_POSTGRES_STATE:-/tmp/contracts-postgres}}
port=${CONTRACTS_POSTGRES_PORT:-55432}

install() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

# The newest installed major version.
bin_dir() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

# As root, every server command runs as `postgres`; as anyone else, as that user.
as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin
  bin=$(bin_dir)
  mkdir -p "$state"
  [[ $EUID -eq 0 ]] && chown postgres "$state"
  if [[ ! -f $state/data/PG_VERSION ]]; then
    as_owner "$bin/initdb" -D "$state/data" -A trust -U postgres >"$state/initdb.out" 2>&1
  fi
  # -k: the Unix socket goes into the state folder, so this cluster never needs /var/run/postgresql.
  as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/log" -w -t 60 \
    -o "-p $port -k $state -c listen_addresses=127.0.0.1" start >/dev/null
  head -1 "$state/data/postmaster.pid" >"$state/postmaster.pid"
  for _ in $(seq 1 100); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
      echo "Host=127.0.0.1;Port=$port;Username=postgres"
      return 0
    fi
    sleep 0.1
  done
  echo "postgresql did not start; see $state/log" >&2
  tail -20 "$state/log" >&2 || true
  return 1
}

stop() {
  local pid
  pid=$(cat "$state/postmaster.pid" 2>/dev/null || true)
  [[ -n $pid ]] || return 0
  # SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data is left consistent.
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$state/postmaster.pid"
}

case ${1:-} in
  start) install; start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop [STATE_DIR]" >&2; exit 2 ;;
esac
