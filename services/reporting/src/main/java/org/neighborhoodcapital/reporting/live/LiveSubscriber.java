package org.neighborhoodcapital.reporting.live;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open Server-Sent Events stream. Producers only {@link #offer} into a bounded buffer (never
 * blocking: when the buffer is full the item is dropped and counted); a virtual thread of its own
 * writes the buffer to the client, and a comment line after {@code heartbeat} of silence. A slow or
 * gone client therefore costs its own thread and buffer only.
 */
public final class LiveSubscriber {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriber.class);

    private record Item(String name, Object data) {
    }

    private final String stream;
    private final SseEmitter emitter;
    private final BlockingQueue<Item> buffer;
    private final Duration heartbeat;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Runnable onClose;
    private volatile Thread writer;

    LiveSubscriber(String stream, Duration timeout, int capacity, Duration heartbeat, Runnable onClose) {
        this.stream = stream;
        this.emitter = new SseEmitter(timeout.toMillis());
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.heartbeat = heartbeat;
        this.onClose = onClose;
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(error -> close());
    }

    /** Starts the writer; {@code first} is the first event sent (so the client knows it is connected). */
    LiveSubscriber start(String firstName, Object first) {
        offer(firstName, first);
        writer = Thread.ofVirtual().name("live-" + stream).start(this::writeUntilClosed);
        return this;
    }

    public SseEmitter emitter() {
        return emitter;
    }

    /** Queues an event for this client; never blocks. Returns false when dropped (buffer full or closed). */
    public boolean offer(String name, Object data) {
        if (closed.get()) {
            return false;
        }
        if (buffer.offer(new Item(name, data))) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    public boolean isClosed() {
        return closed.get();
    }

    private void writeUntilClosed() {
        try {
            while (!closed.get()) {
                Item item = buffer.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (closed.get()) {
                    break;
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    emitter.send(SseEmitter.event().name("dropped").data(java.util.Map.of("count", lost)));
                }
                if (item == null) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else {
                    emitter.send(SseEmitter.event().name(item.name()).data(item.data()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The client went away (or the emitter completed): nothing to report to anyone.
            log.debug("Live stream {} ended: {}", stream, e.toString());
        } finally {
            close();
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            buffer.clear();
            onClose.run();
            Thread thread = writer;
            if (thread != null && thread != Thread.currentThread()) {
                thread.interrupt();
            }
            try {
                emitter.complete();
            } catch (RuntimeException alreadyDone) {
                // completed by the container already
            }
        }
    }
}
