package org.neighborhoodcapital.e2e;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;

/**
 * The yearly figures of DESIGN.md computed straight from the generated input, written without
 * looking at the reporting service's code: the test's independent check.
 */
final class ExpectedImpactReport {

    record Figures(long eventsHeld, long residentLedEvents, long attendances, long uniqueParticipants,
                   long returningParticipants, Map<InitiativeType, Long> initiativesLaunched, long newParticipants) {
    }

    final Figures network;
    final Map<String, Figures> centers = new TreeMap<>();

    ExpectedImpactReport(GeneratedNetwork input) {
        int year = input.year;
        Set<UUID> heldEvents = new HashSet<>();
        Map<UUID, YearMonth> monthOf = new HashMap<>();
        for (GeneratedNetwork.Event event : input.events) {
            LocalDate localStart = event.startsAt().atZone(input.center(event.centerId()).zone()).toLocalDate();
            if (localStart.getYear() == year && !event.cancelled()) {
                heldEvents.add(event.id());
                monthOf.put(event.id(), YearMonth.from(localStart));
            }
        }
        Map<String, Set<String>> attendancesByCenter = new HashMap<>();
        Map<String, Map<UUID, Set<YearMonth>>> monthsByCenter = new HashMap<>();
        Map<UUID, Set<YearMonth>> networkMonths = new HashMap<>();
        for (GeneratedNetwork.CheckIn checkIn : input.checkIns) {
            GeneratedNetwork.Resident resident = input.residents.get(checkIn.participantId());
            if (!heldEvents.contains(checkIn.eventId()) || (resident != null && resident.excluded())) {
                continue;
            }
            String center = input.event(checkIn.eventId()).centerId();
            attendancesByCenter.computeIfAbsent(center, c -> new HashSet<>()).add(checkIn.eventId() + ":" + checkIn.participantId());
            YearMonth month = monthOf.get(checkIn.eventId());
            monthsByCenter.computeIfAbsent(center, c -> new HashMap<>())
                    .computeIfAbsent(checkIn.participantId(), p -> new HashSet<>()).add(month);
            networkMonths.computeIfAbsent(checkIn.participantId(), p -> new HashSet<>()).add(month);
        }
        long networkEvents = 0;
        long networkResidentLed = 0;
        long networkAttendances = 0;
        long networkJoined = 0;
        Map<InitiativeType, Long> networkInitiatives = zeroes();
        for (GeneratedNetwork.Center center : input.centers) {
            long held = input.events.stream().filter(e -> e.centerId().equals(center.id()) && heldEvents.contains(e.id())).count();
            long residentLed = input.events.stream()
                    .filter(e -> e.centerId().equals(center.id()) && heldEvents.contains(e.id()) && e.residentOrganizer() != null)
                    .count();
            long attendances = attendancesByCenter.getOrDefault(center.id(), Set.of()).size();
            Map<UUID, Set<YearMonth>> months = monthsByCenter.getOrDefault(center.id(), Map.of());
            long returning = months.values().stream().filter(m -> m.size() >= 2).count();
            Map<InitiativeType, Long> initiatives = zeroes();
            input.initiatives.stream()
                    .filter(i -> i.centerId().equals(center.id()))
                    .filter(i -> i.launchedAt().atZone(center.zone()).getYear() == year)
                    .forEach(i -> initiatives.merge(i.type(), 1L, Long::sum));
            initiatives.forEach((type, n) -> networkInitiatives.merge(type, n, Long::sum));
            long joined = input.residents.values().stream()
                    .filter(r -> r.homeCenterId().equals(center.id()) && !r.excluded())
                    .filter(r -> r.joinedAt().atZone(center.zone()).getYear() == year)
                    .count();
            networkJoined += joined;
            centers.put(center.id(), new Figures(held, residentLed, attendances, months.size(), returning, initiatives, joined));
            networkEvents += held;
            networkResidentLed += residentLed;
            networkAttendances += attendances;
        }
        network = new Figures(networkEvents, networkResidentLed, networkAttendances, networkMonths.size(),
                networkMonths.values().stream().filter(m -> m.size() >= 2).count(), networkInitiatives, networkJoined);
    }

    private static Map<InitiativeType, Long> zeroes() {
        Map<InitiativeType, Long> map = new EnumMap<>(InitiativeType.class);
        for (InitiativeType type : InitiativeType.values()) {
            map.put(type, 0L);
        }
        return map;
    }
}
