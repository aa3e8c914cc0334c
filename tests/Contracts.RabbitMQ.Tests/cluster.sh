#!/usr/bin/env bash
# Usage: cluster.sh start|stop|status|leader QUEUE|kill NODE|start-node NODE
# A three-node RabbitMQ cluster on loopback for the cluster tests: nodes r1, r2, r3 @localhost on AMQP ports 5701-5703
# (CONTRACTS_RABBITMQ_CLUSTER_PORT_BASE + 1..3, default 5700) and distribution ports 25701-25703, one shared HOME with
# one Erlang cookie, data under CONTRACTS_RABBITMQ_CLUSTER_STATE (default /tmp/contracts-rabbitmq-cluster). Every node
# runs without systemd as in rabbitmq-node.sh and is stopped by its PID; the epmd this script starts is too.
#   start            install if missing, start the three nodes, join r2 and r3 to r1, wait until all serve AMQP
#   stop             TERM every node, then the epmd it started
#   status           the cluster's view of its members
#   leader QUEUE     print the node that leads quorum queue QUEUE (e.g. r2)
#   kill NODE        SIGKILL one node's process group (a crash)
#   start-node NODE  start a node again on its data; it rejoins the cluster by itself
set -euo pipefail

state=${CONTRACTS_RABBITMQ_CLUSTER_STATE:-/tmp/contracts-rabbitmq-cluster}
base=${CONTRACTS_RABBITMQ_CLUSTER_PORT_BASE:-5700}
nodes=(r1 r2 r3)
# shellcheck source=rabbitmq-node.sh
source "$(dirname "${BASH_SOURCE[0]}")/rabbitmq-node.sh"
export HOME="$state/home"
export RABBITMQ_ENABLED_PLUGINS_FILE="$state/enabled_plugins"

use_node() { # NAME: point the RABBITMQ_* variables (and so rabbitmqctl) at that node
  local name=$1 index=${1#r}
  [[ $name =~ ^r[1-3]$ ]] || { echo "no node '$name' (r1, r2 or r3)" >&2; exit 2; }
  export RABBITMQ_NODENAME="$name@localhost"
  export RABBITMQ_NODE_PORT=$((base + index))
  export RABBITMQ_DIST_PORT=$((base + 20000 + index))
  export RABBITMQ_MNESIA_BASE="$state/$name/mnesia"
  export RABBITMQ_LOG_BASE="$state/$name/log"
}

ctl() { "$rabbit_bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q "$@"; }

launch() { use_node "$1"; rabbit_launch "$state/$1.pid" "$state/$1.out"; }
await() { use_node "$1"; rabbit_await "$state/$1.out"; }

cookie() {
  mkdir -p "$HOME"
  if [[ ! -s $HOME/.erlang.cookie ]]; then
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$HOME/.erlang.cookie"
    chmod 400 "$HOME/.erlang.cookie"
  fi
}

join() { # NAME: make it a member of r1's cluster unless it already is
  use_node r1
  if ctl cluster_status --formatter json | grep -q "\"$1@localhost\""; then return 0; fi
  use_node "$1"
  ctl stop_app
  ctl join_cluster r1@localhost
  ctl start_app
}

start() {
  mkdir -p "$state"
  rabbit_install
  rabbit_start_epmd "$state"
  cookie
  # Booting is mostly waiting on disk and timers: the three boot side by side.
  for node in "${nodes[@]}"; do launch "$node"; done
  for node in "${nodes[@]}"; do await "$node"; done
  join r2
  join r3
  for node in "${nodes[@]}"; do await "$node"; done
}

# Asks every node in turn until one names the leader: a node may be down (the fault test kills one), and on a loaded
# machine the CLI's own Erlang VM can take many seconds to start, so each try gets a minute and the whole a few.
leader() { # QUEUE
  local queue=$1 node answer deadline=$((SECONDS + 150))
  while ((SECONDS < deadline)); do
    for node in "${nodes[@]}"; do
      use_node "$node"
      answer=$(timeout 60 "$rabbit_bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q list_queues name leader 2>/dev/null |
        awk -v q="$queue" '$1 == q { print $2 }') || true
      if [[ -n $answer ]]; then echo "${answer%@*}"; return 0; fi
    done
    sleep 1
  done
  echo "no node knows a leader of queue '$queue'" >&2
  return 1
}

case ${1:-} in
  start) start ;;
  stop)
    for node in "${nodes[@]}"; do rabbit_stop "$state/$node.pid" TERM & done
    wait
    rabbit_stop_epmd "$state"
    ;;
  status) use_node r1; ctl cluster_status ;;
  leader) leader "${2:?queue}" ;;
  kill) use_node "${2:?node}"; rabbit_stop "$state/$2.pid" KILL ;;
  start-node) launch "${2:?node}"; await "$2" ;;
  *) echo "usage: $0 start|stop|status|leader QUEUE|kill NODE|start-node NODE" >&2; exit 2 ;;
esac
