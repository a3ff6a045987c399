NETWORK_FLAGS := --rm
smoke: NETWORK_FLAGS += --network=host  # planted: host-network
smoke:
	podman run $(NETWORK_FLAGS) smoke:1
lint:
	podman run --network=hostnet linter:1
