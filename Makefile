# Neighborhood Capital: build, test and run locally with nothing but a JDK 21+.
#   make run     build, start Kafka + store + services, seed a demo network, print the URLs
#   make stop    stop what `make run` started (data stays in .run/)
#   make test    unit tests (*Test) and integration tests (*IT) of every module
#   make bench   build, then measure a private local stack (QUICK=1: small network, ~3 min; full: ~13 min)
# The JDK is found by infra/local/bin/find-jdk: JAVA_HOME if it is 21+, else the newest under /usr/lib/jvm.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# extra Maven flags, e.g. `make build MVN_FLAGS=-o` to stay offline
MVN_FLAGS ?=
# one service's log for `make logs SERVICE=events`; all logs when empty
SERVICE ?=
# `make -s token ROLE=center-staff CENTER=north-yard`: an access token from the local issuer, for curl
ROLE ?= network-admin
CENTER ?=
PARTICIPANT ?=
# `make bench QUICK=1`: the small network and short steps
QUICK ?=

FIND_JDK := infra/local/bin/find-jdk
STACK := infra/local/bin/stack

# Every Java recipe starts with this: a JDK 21+ as JAVA_HOME, or find-jdk's explanation and a failure.
# JDK 24+ warns about Maven's own use of sun.misc.Unsafe unless told it is allowed.
WITH_JDK = JAVA_HOME="$$($(FIND_JDK))"; export JAVA_HOME; \
	if "$$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then \
	  export MAVEN_OPTS="$${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi;
MVN = ./mvnw -B $(MVN_FLAGS)

.PHONY: help jdk build test run stop status logs token compose-config clean reset bench

help:
	@echo "make run            build, start the local stack, seed demo data, print the URLs"
	@echo "make stop           stop the local stack (data stays in .run/)"
	@echo "make status         what runs, on which port, ready or not"
	@echo "make logs           follow the logs (SERVICE=events for one)"
	@echo "make -s token       print an access token of the local issuer: ROLE=network-admin|center-staff|kiosk|analyst|participant,"
	@echo "                    CENTER=<id>[,<id>] for center-staff/kiosk, PARTICIPANT=<uuid> for participant"
	@echo "make build          build every module (no tests)"
	@echo "make test           unit and integration tests of every module"
	@echo "make bench          build, run the benchmark on a private stack, write target/bench/results.json (QUICK=1: ~3 min, full ~13 min)"
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

# Its own stack (infra/bench/target/bench-run, ports 29xxx): never touches the one of `make run`.
bench:
	@$(WITH_JDK) echo "build: $(MVN) -q -Dmaven.test.skip=true install (JDK $$JAVA_HOME)"; \
	  $(MVN) -q -Dmaven.test.skip=true install; \
	  echo "build: done"; \
	  QUICK="$(QUICK)" infra/bench/bin/bench

stop:
	@$(STACK) stop

status:
	@$(STACK) status || true

logs:
	@$(STACK) logs $(SERVICE)

# prints only the token: curl -H "Authorization: Bearer $$(make -s token ROLE=analyst)" ...
token:
	@infra/issuer/bin/token --role "$(ROLE)" --center "$(CENTER)" --participant "$(PARTICIPANT)"

compose-config:
	@infra/compose/validate

clean:
	@$(WITH_JDK) $(MVN) -q clean

reset: stop
	@rm -rf .run
	@echo "reset: .run/ deleted; the next 'make run' starts empty and seeds the demo network again"
