package org.neighborhoodcapital.bench;

import java.util.stream.Stream;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.simulator.NetworkSimulator;
import org.neighborhoodcapital.simulator.NetworkSpec;
import org.neighborhoodcapital.simulator.SimulatedNetwork;

/** {@link NetworkData} from the network simulator (infra/simulator). */
final class SimulatorNetwork implements NetworkData {

    private final NetworkSpec spec;
    private final SimulatedNetwork network;
    private final String name;

    SimulatorNetwork(String name, long seed) {
        this.name = name;
        this.spec = NetworkSpec.named(name, seed);
        this.network = NetworkSimulator.generate(spec);
    }

    @Override
    public int year() {
        return spec.year();
    }

    @Override
    public Stream<Envelope<?>> setupRecords() {
        // allInTopicOrder() without checkIns(), which would generate every check-in only to drop it
        return Stream.<Stream<? extends Envelope<? extends DomainEvent>>>of(network.centers().stream(), network.participants().stream(),
                        network.passes().stream(), network.calendar(), network.initiatives().stream(), network.registrations(),
                        network.subjectivityAssessments().stream(), network.modelCheckups().stream())
                .flatMap(s -> s).map(e -> (Envelope<?>) e);
    }

    @Override
    public Stream<Envelope<AttendanceRecorded>> checkIns() {
        return network.checkIns();
    }

    @Override
    public long checkInCount() {
        return network.checkInCount();
    }

    @Override
    public String describe() {
        return String.format("%s network (seed %d): %d centers, %,d participants, %,d check-ins in %d",
                name, spec.seed(), spec.centers(), spec.participants(), checkInCount(), spec.year());
    }
}
