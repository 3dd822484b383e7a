#!/usr/bin/env bash
# One-shot container of docker-compose.yml, run after the broker is healthy and before the services:
# creates the platform's topics, one SCRAM-SHA-512 principal per service and the ACLs that say what
# each may do. Safe to run on every `up`: what exists is kept, passwords are (re)set from the environment.
#
# Who may do what (nothing else is allowed: the broker has allow.everyone.if.no.acl.found=false):
#   every service  DESCRIBE the platform's topics (its start-up checks that they exist)
#   events         WRITE events.*          READ memberships.participants.v1 (group events)
#   memberships    WRITE memberships.*     READ events.calendar.v1, events.attendance.v1, events.initiatives.v1 (group memberships)
#   assessments    WRITE assessments.*     READ memberships.participants.v1 (group assessments)
#   reporting      WRITE reporting.*       READ every events.*, memberships.* and assessments.* stream (group reporting)
#   and each WRITE on <topic>.dlt of every topic it reads: its dead-letter publisher writes there.
# The topic list follows libs/contracts Topics.ALL and the consumed topics the services' @KafkaListeners:
# change them together.
#
# Environment: NC_KAFKA_ADMIN_PASSWORD, NC_KAFKA_<SERVICE>_PASSWORD for events, memberships, assessments,
# reporting (letters, digits and ._~+/=- only), NC_KAFKA_PARTITIONS (default 3).
set -euo pipefail

BIN=/opt/kafka/bin
BOOTSTRAP=kafka:9092
PARTITIONS="${NC_KAFKA_PARTITIONS:-3}"
ADMIN_CLIENT=/tmp/nc-admin.properties

TOPICS=(events.calendar.v1 events.registrations.v1 events.attendance.v1 events.initiatives.v1
  memberships.centers.v1 memberships.participants.v1 memberships.passes.v1 memberships.funnel.v1
  assessments.subjectivity.v1 assessments.model-checkups.v1
  reporting.reports.v1)
SERVICES=(events memberships assessments reporting)
declare -A CONSUMES=(
  [events]="memberships.participants.v1"
  [memberships]="events.calendar.v1 events.attendance.v1 events.initiatives.v1"
  [assessments]="memberships.participants.v1"
  [reporting]="events.calendar.v1 events.registrations.v1 events.attendance.v1 events.initiatives.v1 memberships.centers.v1 memberships.participants.v1 memberships.passes.v1 memberships.funnel.v1 assessments.subjectivity.v1 assessments.model-checkups.v1"
)

say() { printf 'kafka-init: %s\n' "$*"; }
password_of() { # principal -> its password from the environment, checked
  local var="NC_KAFKA_${1^^}_PASSWORD"
  local value="${!var:-}"
  [[ "$value" =~ ^[A-Za-z0-9._~+/=-]{16,}$ ]] ||
    { say "$var must be set to at least 16 characters of letters, digits and ._~+/=-" >&2; exit 1; }
  printf '%s' "$value"
}

umask 077
cat >"$ADMIN_CLIENT" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(password_of admin)";
PROPERTIES

existing=" $("$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CLIENT" --list | tr '\n' ' ') "
for topic in "${TOPICS[@]}"; do
  for name in "$topic" "$topic.dlt"; do
    if [[ "$existing" != *" $name "* ]]; then
      "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CLIENT" --create --if-not-exists \
        --topic "$name" --partitions "$PARTITIONS" --replication-factor 1 >/dev/null
      say "created topic $name"
    fi
  done
done

acl() { # principal kafka-acls arguments...
  "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CLIENT" --add \
    --allow-principal "User:$1" "${@:2}" >/dev/null
}

for service in "${SERVICES[@]}"; do
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CLIENT" --alter \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$(password_of "$service")]" \
    --entity-type users --entity-name "$service" >/dev/null
  acl "$service" --operation Describe --resource-pattern-type prefixed \
    --topic events. --topic memberships. --topic assessments. --topic reporting.
  acl "$service" --operation Write --resource-pattern-type prefixed --topic "$service."
  read_args=(--group "$service") dead_letter_args=()
  for topic in ${CONSUMES[$service]}; do
    read_args+=(--topic "$topic")
    dead_letter_args+=(--topic "$topic.dlt")
  done
  acl "$service" --operation Read --operation Describe "${read_args[@]}"
  acl "$service" --operation Write "${dead_letter_args[@]}"
  say "principal $service: writes $service.*, reads ${CONSUMES[$service]// /, } in group $service"
done
say "done"
