package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.neighborhoodcapital.assessments.common.domain.LocalizedText;

/**
 * One side of subjectivity the instrument measures (BELONGING, AGENCY, …) by a few items.
 *
 * @param code        the key of the dimension's score ({@code BELONGING}); upper case
 * @param title       its name for people
 * @param description what it is about, for people
 * @param items       its items, in the order they are presented
 */
public record Dimension(String code, LocalizedText title, LocalizedText description, List<Item> items) {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,39}$");

    public Dimension {
        Objects.requireNonNull(code, "dimension code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("dimension code '" + code + "' must match " + CODE.pattern());
        }
        Objects.requireNonNull(title, "title of dimension " + code);
        Objects.requireNonNull(description, "description of dimension " + code);
        items = List.copyOf(Objects.requireNonNull(items, "items of dimension " + code));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("dimension " + code + " has no items");
        }
    }

    public List<String> itemIds() {
        return items.stream().map(Item::id).toList();
    }
}
