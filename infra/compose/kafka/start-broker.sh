#!/usr/bin/env bash
# The compose Kafka broker (single node, KRaft, apache/kafka image) with authentication and ACLs:
#   - clients authenticate with SASL/SCRAM-SHA-512 (listener BROKER, kafka:9092 inside the compose
#     network; listener HOST, localhost:19092 for tools on the Docker host);
#   - the controller listener (kafka:9093, not published) uses SASL/PLAIN with the admin user only:
#     KRaft controllers cannot check SCRAM (its credentials live in the metadata they serve);
#   - StandardAuthorizer, super user "admin", nothing allowed without an ACL: infra/compose/kafka/init-access.sh
#     creates one SCRAM principal per service and its ACLs.
# The admin's SCRAM credential is written into the metadata when the storage is formatted (first start):
# NC_KAFKA_ADMIN_PASSWORD must stay the same afterwards (or be changed with kafka-configs first).
#
# Environment: CLUSTER_ID, NC_KAFKA_ADMIN_PASSWORD (letters, digits and ._~+/=- only: it goes into JAAS).
set -euo pipefail

: "${CLUSTER_ID:?CLUSTER_ID is not set}"
: "${NC_KAFKA_ADMIN_PASSWORD:?NC_KAFKA_ADMIN_PASSWORD is not set}"
[[ "$NC_KAFKA_ADMIN_PASSWORD" =~ ^[A-Za-z0-9._~+/=-]{16,}$ ]] ||
  { echo "kafka: NC_KAFKA_ADMIN_PASSWORD must be at least 16 characters of letters, digits and ._~+/=-" >&2; exit 1; }

CONFIG=/opt/kafka/config/nc-server.properties
ADMIN_CLIENT=/opt/kafka/config/nc-admin.properties
DATA=/var/lib/kafka/data
PASSWORD="$NC_KAFKA_ADMIN_PASSWORD"
umask 077

cat >"$CONFIG" <<PROPERTIES
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@kafka:9093
controller.listener.names=CONTROLLER
listeners=BROKER://:9092,CONTROLLER://:9093,HOST://:19092
advertised.listeners=BROKER://kafka:9092,HOST://localhost:19092
listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,HOST:SASL_PLAINTEXT
inter.broker.listener.name=BROKER

sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$PASSWORD";
listener.name.host.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$PASSWORD" user_admin="$PASSWORD";

authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false

log.dirs=$DATA
num.partitions=3
# topics are created by init-access.sh; a client's typo must not make a new one
auto.create.topics.enable=false
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES

# for the health check and the init container's tools
cat >"$ADMIN_CLIENT" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$PASSWORD";
PROPERTIES

if [[ ! -f "$DATA/meta.properties" ]]; then
  echo "kafka: formatting $DATA (cluster $CLUSTER_ID) with the admin's SCRAM credential"
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$CLUSTER_ID" --config "$CONFIG" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$PASSWORD]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$CONFIG"
