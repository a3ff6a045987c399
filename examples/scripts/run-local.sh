#!/bin/sh
# Starts the app next to a local database for manual testing.
set -eu
docker run -d --name db -e POSTGRES_PASSWORD=dev postgres:16
docker run --rm -it \
  --net=host \
  -e DATABASE_URL=postgres://localhost:5432 \
  ghcr.io/example/web:dev
