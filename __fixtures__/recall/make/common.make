define RUN_PROFILER
docker run --rm --pid=host profiler:1  # planted: host-pid
endef

profile:
	$(RUN_PROFILER)
