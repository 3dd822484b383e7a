# Neighborhood Capital: build, test and run locally with nothing but a JDK 21+.
#   make run     build, start Kafka + store + services, seed a demo network, print the URLs
#   make stop    stop what `make run` started (data stays in .run/)
#   make test    unit tests (*Test) and integration tests (*IT) of every module
# The JDK is found by infra/local/bin/find-jdk: JAVA_HOME if it is 21+, else the newest under /usr/lib/jvm.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# extra Maven flags, e.g. `make build MVN_FLAGS=-o` to stay offline
MVN_FLAGS ?=
# one service's log for `make logs SERVICE=events`; all logs when empty
SERVICE ?=

FIND_JDK := infra/local/bin/find-jdk
STACK := infra/local/bin/stack

# Every Java recipe starts with this: a JDK 21+ as JAVA_HOME, or find-jdk's explanation and a failure.
# JDK 24+ warns about Maven's own use of sun.misc.Unsafe unless told it is allowed.
WITH_JDK = JAVA_HOME="$$($(FIND_JDK))"; export JAVA_HOME; \
	if "$$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then \
	  export MAVEN_OPTS="$${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi;
MVN = ./mvnw -B $(MVN_FLAGS)

.PHONY: help jdk build test run stop status logs compose-config clean reset

help:
	@echo "make run            build, start the local stack, seed demo data, print the URLs"
	@echo "make stop           stop the local stack (data stays in .run/)"
	@echo "make status         what runs, on which port, ready or not"
	@echo "make logs           follow the logs (SERVICE=events for one)"
	@echo "make build          build every module (no tests)"
	@echo "make test           unit and integration tests of every module"
	@echo "make compose-config validate docker-compose.yml (no Docker needed)"
	@echo "make clean          remove build output"
	@echo "make reset          stop the local stack and delete its data (.run/)"

jdk:
	@$(WITH_JDK) echo "JDK: $$JAVA_HOME"; "$$JAVA_HOME/bin/java" -version

build:
	@$(WITH_JDK) $(MVN) -DskipTests install

test:
	@$(WITH_JDK) $(MVN) verify

# install, not package: a module built alone later (./mvnw -pl services/events ...) finds the
# libs in the local repository. Tests are neither compiled nor run here: that is `make test`.
run:
	@$(WITH_JDK) echo "build: $(MVN) -q -Dmaven.test.skip=true install (JDK $$JAVA_HOME)"; \
	  $(MVN) -q -Dmaven.test.skip=true install; \
	  echo "build: done"; \
	  $(STACK) start

stop:
	@$(STACK) stop

status:
	@$(STACK) status || true

logs:
	@$(STACK) logs $(SERVICE)

compose-config:
	@infra/compose/validate

clean:
	@$(WITH_JDK) $(MVN) -q clean

reset: stop
	@rm -rf .run
	@echo "reset: .run/ deleted; the next 'make run' starts empty and seeds the demo network again"
