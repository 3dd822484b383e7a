package org.neighborhoodcapital.assessments.common.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text shown to people, by language tag ({@code ru}, {@code en}, …). Every text carries at least
 * the {@link #REQUIRED} languages; more may be added in the data without a code change.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final List<String> REQUIRED = List.of("ru", "en");

    public LocalizedText {
        if (byLanguage == null) {
            throw new IllegalArgumentException("a text needs its languages " + REQUIRED);
        }
        for (String language : REQUIRED) {
            String text = byLanguage.get(language);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the text in '" + language + "' is missing");
            }
        }
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(String ru, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ru", ru);
        texts.put("en", en);
        return new LocalizedText(texts);
    }

    public String in(String language) {
        return byLanguage.get(language);
    }
}
