#!/usr/bin/env bash
# Functions broker.sh and cluster.sh share: install RabbitMQ, run one node without systemd, stop it by PID, and an epmd
# whose PID is known. Sourced, not run. The recipe is shared/machine-notes.md's: the /usr/sbin wrapper switches user and
# breaks rabbitmqctl's Erlang cookie as root, so the server script runs directly with HOME, node name, ports and data
# folders of its own (the caller exports RABBITMQ_NODENAME, RABBITMQ_NODE_PORT, RABBITMQ_DIST_PORT, RABBITMQ_MNESIA_BASE,
# RABBITMQ_LOG_BASE, RABBITMQ_ENABLED_PLUGINS_FILE and HOME first). Every PID file lives in the caller's state folder.

rabbit_bin=/usr/lib/rabbitmq/bin
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1

rabbit_install() {
  if [[ ! -x $rabbit_bin/rabbitmq-server ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi
}

# The node would start epmd as a daemon whose PID nobody knows; started here first, in the foreground of its own
# session, its PID is known and stop ends it and nothing else. An epmd already running is someone else's: use it, never
# record (and so never stop) it.
rabbit_start_epmd() { # STATE_DIR
  local state=$1
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

rabbit_stop_epmd() { # STATE_DIR
  local state=$1
  if [[ -s $state/epmd.pid ]]; then kill "$(cat "$state/epmd.pid")" 2>/dev/null || true; fi
  rm -f "$state/epmd.pid"
}

# Starts the node in the background; PID_FILE gets the server script's PID, which leads its own process group (setsid:
# a test host or CI step ending must not end the node) with the Erlang VM as its child.
rabbit_launch() { # PID_FILE OUT_FILE
  mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  [[ -f $RABBITMQ_ENABLED_PLUGINS_FILE ]] || echo '[].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
  setsid "$rabbit_bin/rabbitmq-server" >>"$2" 2>&1 </dev/null &
  echo $! >"$1"
}

# await_startup waits for a node that is booting, but fails at once while the node's name is not yet registered; and it
# can return before the AMQP port accepts connections, so the port is awaited too.
rabbit_await() { # OUT_FILE
  for _ in $(seq 1 240); do
    if "$rabbit_bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q await_startup >/dev/null 2>&1 \
      && ss -ltn "sport = :$RABBITMQ_NODE_PORT" | grep -q LISTEN; then
      return 0
    fi
    sleep 0.5
  done
  echo "rabbitmq node $RABBITMQ_NODENAME did not start; see $1 and $RABBITMQ_LOG_BASE" >&2
  tail -20 "$1" >&2 || true
  return 1
}

# TERM goes to the server script, whose trap shuts the node down cleanly; KILL goes to the whole group, as a crash would.
rabbit_stop() { # PID_FILE TERM|KILL
  local pid signal=$2
  pid=$(cat "$1" 2>/dev/null || true)
  [[ -n $pid ]] || return 0
  if [[ $signal == KILL ]]; then kill -KILL -- "-$pid" 2>/dev/null || true; else kill "-$signal" "$pid" 2>/dev/null || true; fi
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$1"
}
