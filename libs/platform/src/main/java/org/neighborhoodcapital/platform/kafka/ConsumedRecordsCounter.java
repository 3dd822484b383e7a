package org.neighborhoodcapital.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Counts {@value #METER}{topic}: records handed to a listener, on both platform container factories
 * (a record redelivered after a failure counts again).
 */
public class ConsumedRecordsCounter implements RecordInterceptor<Object, Object>, BatchInterceptor<Object, Object> {

    public static final String METER = "nc.records.consumed";

    private final TopicCounters counters;

    public ConsumedRecordsCounter(MeterRegistry registry) {
        this.counters = new TopicCounters(registry, METER, "Records delivered to listeners");
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        counters.increment(record.topic(), 1);
        return record;
    }

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        for (TopicPartition partition : records.partitions()) {
            counters.increment(partition.topic(), records.records(partition).size());
        }
        return records;
    }
}
