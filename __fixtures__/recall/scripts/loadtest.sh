#!/usr/bin/env bash
# Starts the load generator next to the service under test.
set -euo pipefail

usage() {
  echo "usage: $0 [--host-net]   (runs docker run --net=host when asked)"
}

OPTS="--rm --network host"  # planted: host-network
NET_DEBUG=--net=host
ARGS=(--detach --pid=host)  # planted: host-pid
LOADGEN="docker run --ipc=host loadgen:3"  # planted: host-ipc
SIDE_CMD="docker run --net=host sidecar:1"  # planted: host-network
PROBE=--network=hostnet
METRICS_NET=--net=host  # planted: host-network

docker run $OPTS api:1
docker run "${ARGS[@]}" worker:1
eval "$LOADGEN"
bash -c "$SIDE_CMD"
docker run $PROBE probe:1
METRICS_ID=$(docker run -d $METRICS_NET metrics:2)
# docker run $NET_DEBUG debug:1
echo "debug with: docker run $NET_DEBUG debug:1"
docker run $EXTRA_DOCKER_OPTS api:1
