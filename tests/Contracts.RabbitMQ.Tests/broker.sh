#!/usr/bin/env bash
# Usage: broker.sh start|stop|restart|kill-restart [STATE_DIR]
# Runs a throw-away RabbitMQ node on loopback without systemd, the way shared/machine-notes.md measured it: the
# /usr/sbin wrapper switches user and breaks rabbitmqctl's Erlang cookie as root, so the server script runs directly
# with HOME, node name, ports and data folders of its own. The data folder survives restarts, so durable queues and
# persistent messages do too (the fault test relies on it). PIDs are kept in STATE_DIR so stop ends only this node.
#   start         install rabbitmq-server if missing (Debian), start the node, wait until it serves
#   stop          TERM the node and end the epmd it started, by PID
#   kill-restart  SIGKILL the node (a crash: no clean shutdown) and start it again on the same data
set -euo pipefail

state=${2:-${CONTRACTS_RABBITMQ_STATE:-/tmp/contracts-rabbitmq}}
bin=/usr/lib/rabbitmq/bin

export HOME="$state/home"
export RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost}
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=${RABBITMQ_NODE_PORT:-5672}
export RABBITMQ_DIST_PORT=${RABBITMQ_DIST_PORT:-25672}
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$state/mnesia"
export RABBITMQ_LOG_BASE="$state/log"
export RABBITMQ_ENABLED_PLUGINS_FILE="$state/enabled_plugins"

install() {
  if [[ ! -x $bin/rabbitmq-server ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi
}

start_node() {
  mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  [[ -f $RABBITMQ_ENABLED_PLUGINS_FILE ]] || echo '[].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
  # setsid: the node must not belong to the caller's process group (a test host or CI step ending must not end it).
  setsid "$bin/rabbitmq-server" >>"$state/server.out" 2>&1 </dev/null &
  echo $! >"$state/server.pid"
  # await_startup waits for a node that is booting, but fails at once while the node's name is not yet registered.
  for _ in $(seq 1 120); do
    if "$bin/rabbitmqctl" -q await_startup >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "rabbitmq did not start; see $state/server.out and $RABBITMQ_LOG_BASE" >&2
  tail -20 "$state/server.out" >&2 || true
  return 1
}

# The node would start epmd as a daemon whose PID nobody knows; started here first, in the foreground of its own
# session, its PID is known and stop ends it and nothing else. An epmd already running is someone else's: use it, never
# record (and so never stop) it.
start_epmd() {
  if [[ -s $state/epmd.pid ]] && kill -0 "$(cat "$state/epmd.pid")" 2>/dev/null; then return 0; fi
  if epmd -names >/dev/null 2>&1; then : >"$state/epmd.pid"; return 0; fi
  setsid epmd -address 127.0.0.1 >>"$state/epmd.out" 2>&1 </dev/null &
  echo $! >"$state/epmd.pid"
  # The node starts a daemon of its own if it finds none listening yet.
  for _ in $(seq 1 50); do
    epmd -names >/dev/null 2>&1 && return 0
    sleep 0.1
  done
}

# The recorded PID is the server script, which leads its own process group (setsid) with the Erlang VM as its child.
# TERM goes to the script, whose trap shuts the node down cleanly; KILL goes to the whole group, as a crash would.
stop_node() {
  local signal=$1 pid
  pid=$(cat "$state/server.pid" 2>/dev/null || true)
  [[ -n $pid ]] || return 0
  if [[ $signal == KILL ]]; then kill -KILL -- "-$pid" 2>/dev/null || true; else kill "-$signal" "$pid" 2>/dev/null || true; fi
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$state/server.pid"
}

case ${1:-} in
  start) mkdir -p "$state"; install; start_epmd; start_node ;;
  stop)
    stop_node TERM
    if [[ -s $state/epmd.pid ]]; then kill "$(cat "$state/epmd.pid")" 2>/dev/null || true; fi
    rm -f "$state/epmd.pid"
    ;;
  restart) stop_node TERM; start_node ;;
  kill-restart) stop_node KILL; start_node ;;
  *) echo "usage: $0 start|stop|restart|kill-restart [STATE_DIR]" >&2; exit 2 ;;
esac
