package org.neighborhoodcapital.contracts;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the golden samples once, when a type version is first published (run by hand, see README). */
final class GoldenWriter {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/golden");
        Files.createDirectories(dir);
        EnvelopeCodec codec = new EnvelopeCodec();
        for (DomainEvent sample : SampleEvents.all()) {
            Path file = dir.resolve(EventCatalog.typeOf(sample.getClass()).type() + ".json");
            if (!Files.exists(file)) {
                Files.writeString(file, EnvelopeCodec.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(EnvelopeCodec.mapper().readTree(codec.encode(SampleEvents.envelopeOf(sample)))) + "\n");
                System.out.println("wrote " + file);
            }
        }
    }

    private GoldenWriter() {
    }
}
