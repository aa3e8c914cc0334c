#!/usr/bin/env bash
# Usage: broker.sh start|stop|restart|kill-restart [STATE_DIR]
# Runs a throw-away RabbitMQ node on loopback without systemd (see rabbitmq-node.sh for the recipe). The data folder
# survives restarts, so durable queues and persistent messages do too (the fault test relies on it). PIDs are kept in
# STATE_DIR so stop ends only this node.
#   start         install rabbitmq-server if missing (Debian), start the node, wait until it serves
#   stop          TERM the node and end the epmd it started, by PID
#   kill-restart  SIGKILL the node (a crash: no clean shutdown) and start it again on the same data
set -euo pipefail

state=${2:-${CONTRACTS_RABBITMQ_STATE:-/tmp/contracts-rabbitmq}}
# shellcheck source=rabbitmq-node.sh
source "$(dirname "${BASH_SOURCE[0]}")/rabbitmq-node.sh"

export HOME="$state/home"
export RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost}
export RABBITMQ_NODE_PORT=${RABBITMQ_NODE_PORT:-5672}
export RABBITMQ_DIST_PORT=${RABBITMQ_DIST_PORT:-25672}
export RABBITMQ_MNESIA_BASE="$state/mnesia"
export RABBITMQ_LOG_BASE="$state/log"
export RABBITMQ_ENABLED_PLUGINS_FILE="$state/enabled_plugins"

start_node() {
  rabbit_launch "$state/server.pid" "$state/server.out"
  rabbit_await "$state/server.out"
}

case ${1:-} in
  start) mkdir -p "$state"; rabbit_install; rabbit_start_epmd "$state"; start_node ;;
  stop) rabbit_stop "$state/server.pid" TERM; rabbit_stop_epmd "$state" ;;
  restart) rabbit_stop "$state/server.pid" TERM; start_node ;;
  kill-restart) rabbit_stop "$state/server.pid" KILL; start_node ;;
  *) echo "usage: $0 start|stop|restart|kill-restart [STATE_DIR]" >&2; exit 2 ;;
esac
