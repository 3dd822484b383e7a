package org.neighborhoodcapital.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Topics;

/**
 * docker-compose's Kafka ACLs ({@code infra/compose/kafka/init-access.sh}) name by hand the topics each
 * service principal may read. A service that starts consuming a new topic without its ACL would be
 * refused by the broker in production only: this test compares the script with the {@code @KafkaListener}s
 * in the services' sources, and its topic list with {@link Topics#ALL}.
 */
class KafkaAclsFollowTheListenersTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SCRIPT = REPO.resolve("infra/compose/kafka/init-access.sh");
    private static final List<String> SERVICES = List.of("events", "memberships", "assessments", "reporting");

    @Test
    void everyServicePrincipalMayReadExactlyTheTopicsItsListenersConsume() {
        Map<String, Set<String>> granted = grantedReads();
        Map<String, Set<String>> consumed = new TreeMap<>();
        for (String service : SERVICES) {
            consumed.put(service, consumedBy(service));
        }

        assertThat(consumed.values()).as("listeners found in the sources").allSatisfy(topics -> assertThat(topics).isNotEmpty());
        assertThat(granted).isEqualTo(consumed);
    }

    @Test
    void theScriptCreatesEveryTopicOfTheContracts() {
        Matcher topics = Pattern.compile("(?s)\\nTOPICS=\\((.*?)\\)").matcher(script());
        assertThat(topics.find()).as("TOPICS=(…) in " + SCRIPT).isTrue();
        assertThat(new TreeSet<>(List.of(topics.group(1).trim().split("\\s+")))).isEqualTo(new TreeSet<>(Topics.ALL));
    }

    private static Map<String, Set<String>> grantedReads() {
        Map<String, Set<String>> granted = new TreeMap<>();
        Matcher entry = Pattern.compile("\\[(\\w+)]=\"([^\"]*)\"").matcher(script());
        while (entry.find()) {
            granted.put(entry.group(1), new TreeSet<>(List.of(entry.group(2).trim().split("\\s+"))));
        }
        return granted;
    }

    /** The topics of every {@code @KafkaListener(...)} in the service's main sources. */
    private static Set<String> consumedBy(String service) {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPO.resolve("services").resolve(service).resolve("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).map(KafkaAclsFollowTheListenersTest::read).forEach(source -> {
                int at = source.indexOf("@KafkaListener(");
                while (at >= 0) {
                    String annotation = balanced(source, at + "@KafkaListener".length());
                    Matcher constant = Pattern.compile("Topics\\.([A-Z_]+)").matcher(annotation);
                    while (constant.find()) {
                        topics.add(topicNamed(constant.group(1)));
                    }
                    at = source.indexOf("@KafkaListener(", at + 1);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    /** The text from the opening parenthesis at {@code open} to its matching closing one. */
    private static String balanced(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(open, i + 1);
            }
        }
        throw new IllegalStateException("unbalanced @KafkaListener annotation");
    }

    private static String topicNamed(String constant) {
        try {
            Field field = Topics.class.getField(constant);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Topics." + constant + " is not a topic constant", e);
        }
    }

    private static String script() {
        return read(SCRIPT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
