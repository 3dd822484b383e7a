package org.neighborhoodcapital.reporting.closing.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Facts of a closed year that arrived (or were corrected) after its latest revision: for each counted input of the
 * report (events held, attendances, initiatives launched, new participants, passes sold and renewed, funnel
 * transitions, model check-ups), how far the live count is from the closed one, summed. A replayed or duplicated
 * record changes no count and so is no late arrival; a late cancellation counts as the event and the check-ins it
 * takes away.
 *
 * @param count how many facts differ
 * @param since the latest revision's closing time
 */
public record LateArrivals(long count, Instant since) {

    public static LateArrivals between(Map<String, Long> closed, Map<String, Long> live, Instant since) {
        Set<String> inputs = new HashSet<>(closed.keySet());
        inputs.addAll(live.keySet());
        long count = 0;
        for (String input : inputs) {
            count += Math.abs(live.getOrDefault(input, 0L) - closed.getOrDefault(input, 0L));
        }
        return new LateArrivals(count, since);
    }
}
