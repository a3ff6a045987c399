# Shared targets, included from the project Makefile.
REGISTRY ?= registry.example.com
IMAGE := $(REGISTRY)/api:dev
DOCKER_RUN_FLAGS := --rm -it --net=host  # planted: host-network

include make/docker.rules

.PHONY: dev
dev:
	docker run $(DOCKER_RUN_FLAGS) $(IMAGE)

help:
	@echo "dev: docker run --net=host $(IMAGE)"
