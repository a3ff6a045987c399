#!/usr/bin/env bash
# Sets up podman for the build-check / runtime-check smoke tests (src/smoke, __tests__/smoke).
#
# Idempotent; run as root on a fresh Debian machine (CI runs it before the tests). Offline-safe: it
# needs Debian's package mirror and nothing else (no image registry). It:
#   1. installs podman, runc, busybox-static (+ catatonit for podman's local pause image) when missing;
#   2. writes $HNG_PODMAN_DIR/containers.conf (default /etc/host-namespace-guard), which every smoke
#      command uses through CONTAINERS_CONF: cgroupfs (no systemd here), runc, and fixed ulimits
#      (this sandbox lacks CAP_SYS_RESOURCE, so podman's default of raising nofile/nproc fails with
#      "error setting rlimit type 7: operation not permitted");
#   3. imports two local images built from busybox-static:
#        localhost/hng-busybox:latest  /bin/busybox + applet symlinks, PATH=/bin (probe image)
#        localhost/hng-noshell:latest  only /bin/sleep (busybox under another name: no shell at all)
#   4. creates and removes a throwaway pod once, so podman builds its local pause image
#      (localhost/podman-pause:<version>) now and not in the middle of a test;
#   5. verifies `podman run --rm localhost/hng-busybox true`.
set -euo pipefail

HNG_PODMAN_DIR="${HNG_PODMAN_DIR:-/etc/host-namespace-guard}"
CONF="$HNG_PODMAN_DIR/containers.conf"
BUSYBOX_IMAGE="localhost/hng-busybox:latest"
NOSHELL_IMAGE="localhost/hng-noshell:latest"

log() { printf '[setup-podman] %s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
  echo "setup-podman.sh must run as root" >&2
  exit 2
fi

# --- 1. packages ------------------------------------------------------------------------------
missing=()
for pkg in podman runc busybox-static catatonit; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # netavark + iptables: the default (isolated) bridge network of `podman build` and of pods;
  # uidmap: podman warns without newuidmap. Recommends (buildah, slirp4netns, ...) are not needed as root.
  apt-get install -y -qq --no-install-recommends podman runc busybox-static catatonit netavark iptables uidmap >/dev/null
else
  log "packages present"
fi

# --- 2. containers.conf -----------------------------------------------------------------------
mkdir -p "$HNG_PODMAN_DIR"
conf_tmp="$(mktemp)"
cat >"$conf_tmp" <<'EOF'
# Written by .ci/setup-podman.sh for host-namespace-guard's smoke checks (CONTAINERS_CONF).
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
EOF
if ! cmp -s "$conf_tmp" "$CONF" 2>/dev/null; then
  install -m 0644 "$conf_tmp" "$CONF"
  log "wrote $CONF"
fi
rm -f "$conf_tmp"
export CONTAINERS_CONF="$CONF"

# --- 3. local images --------------------------------------------------------------------------
BUSYBOX_BIN=/bin/busybox
if [ ! -x "$BUSYBOX_BIN" ]; then
  echo "$BUSYBOX_BIN not found (package busybox-static)" >&2
  exit 1
fi
if ldd "$BUSYBOX_BIN" >/dev/null 2>&1; then
  echo "$BUSYBOX_BIN is dynamically linked; the images need busybox-static" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! podman image exists "$BUSYBOX_IMAGE"; then
  log "building $BUSYBOX_IMAGE"
  mkdir -p "$work/bb/bin" "$work/bb/tmp" "$work/bb/proc" "$work/bb/sys" "$work/bb/dev" "$work/bb/etc"
  cp "$BUSYBOX_BIN" "$work/bb/bin/busybox"
  for applet in $("$BUSYBOX_BIN" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$work/bb/bin/$applet"
  done
  chmod 1777 "$work/bb/tmp"
  tar --numeric-owner --owner=0 --group=0 -C "$work/bb" -cf "$work/bb.tar" .
  podman import --quiet --change 'ENV PATH=/bin' "$work/bb.tar" "$BUSYBOX_IMAGE" >/dev/null
fi

if ! podman image exists "$NOSHELL_IMAGE"; then
  log "building $NOSHELL_IMAGE"
  mkdir -p "$work/ns/bin"
  # busybox picks its applet from argv[0]: installed as "sleep" it can only ever be sleep.
  cp "$BUSYBOX_BIN" "$work/ns/bin/sleep"
  tar --numeric-owner --owner=0 --group=0 -C "$work/ns" -cf "$work/ns.tar" .
  podman import --quiet --change 'ENV PATH=/bin' --change 'CMD ["sleep", "86400"]' "$work/ns.tar" "$NOSHELL_IMAGE" >/dev/null
fi

# --- 4. pause image (built locally by podman from catatonit on first pod) ---------------------
if ! podman image ls --format '{{.Repository}}' | grep -q '^localhost/podman-pause$'; then
  log "creating podman's local pause image"
  pod="hng-setup-$$"
  podman pod create --name "$pod" >/dev/null
  podman pod rm --force "$pod" >/dev/null
fi

# --- 5. verify --------------------------------------------------------------------------------
podman run --rm --pull=never "$BUSYBOX_IMAGE" true
log "ok: $(podman --version), CONTAINERS_CONF=$CONF"
