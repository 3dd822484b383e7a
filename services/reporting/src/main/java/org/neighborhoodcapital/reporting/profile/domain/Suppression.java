package org.neighborhoodcapital.reporting.profile.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression with complementary suppression, over the cells of one breakdown whose total
 * is (or is not) shown. A cell over fewer than k participants is withheld; when exactly one cell
 * ends up withheld while the total is shown, it could be worked out from the total and the others,
 * so the next-smallest cell is withheld too. Cells over 0 participants disclose no one: they are
 * shown (as 0 or "no figure") and never chosen as the complementary cell.
 */
public record Suppression(int k) {

    public static final int DEFAULT_K = 5;

    public Suppression {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1 but was " + k);
        }
    }

    /** Whether a single figure over {@code n} participants is withheld (0 &lt; n &lt; k). */
    public boolean small(long n) {
        return n > 0 && n < k;
    }

    /**
     * The cells to withhold.
     *
     * @param counts     participants per cell
     * @param forced     cells already withheld for another reason (e.g. the whole cell is)
     * @param totalShown whether the breakdown's total is shown
     */
    public <K extends Comparable<K>> Set<K> withheld(Map<K, Long> counts, Set<K> forced, boolean totalShown) {
        Set<K> withheld = new HashSet<>();
        counts.forEach((cell, n) -> {
            if (n > 0 && (small(n) || forced.contains(cell))) {
                withheld.add(cell);
            }
        });
        if (withheld.size() == 1 && totalShown) {
            counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !withheld.contains(e.getKey()))
                    .min(Comparator.<Map.Entry<K, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                    .ifPresent(e -> withheld.add(e.getKey()));
        }
        return withheld;
    }
}
