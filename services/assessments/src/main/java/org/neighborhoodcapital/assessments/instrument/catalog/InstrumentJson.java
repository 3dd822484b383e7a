package org.neighborhoodcapital.assessments.instrument.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neighborhoodcapital.assessments.common.domain.LocalizedText;
import org.neighborhoodcapital.assessments.instrument.domain.AnswerLabel;
import org.neighborhoodcapital.assessments.instrument.domain.Dimension;
import org.neighborhoodcapital.assessments.instrument.domain.Instrument;
import org.neighborhoodcapital.assessments.instrument.domain.Item;
import org.neighborhoodcapital.assessments.instrument.domain.ScoringRules;

/**
 * The JSON shape of an instrument version: the data file ({@code instruments/subjectivity-v<N>.json})
 * and the answer of {@code GET /api/instruments/subjectivity/{version}} are the same document.
 * Texts are objects by language tag ({@code {"ru": …, "en": …}}).
 */
public record InstrumentJson(String instrument, String version, Map<String, String> title, Map<String, String> instructions,
                             Scoring scoring, List<Label> answerLabels, List<DimensionJson> dimensions) {

    public record Scoring(Integer answerMin, Integer answerMax, Integer minItemsPerDimension, Integer minDimensionsForIndex) {
    }

    public record Label(Integer value, Map<String, String> text) {
    }

    public record DimensionJson(String code, Map<String, String> title, Map<String, String> description, List<ItemJson> items) {
    }

    public record ItemJson(String id, Boolean reverse, Map<String, String> text) {
    }

    public static InstrumentJson of(Instrument instrument) {
        ScoringRules rules = instrument.scoring();
        return new InstrumentJson(Instrument.SUBJECTIVITY, instrument.version(), instrument.title().byLanguage(),
                instrument.instructions().byLanguage(),
                new Scoring(rules.answerMin(), rules.answerMax(), rules.minItemsPerDimension(), rules.minDimensionsForIndex()),
                instrument.answerLabels().stream().map(l -> new Label(l.value(), l.text().byLanguage())).toList(),
                instrument.dimensions().stream().map(d -> new DimensionJson(d.code(), d.title().byLanguage(), d.description().byLanguage(),
                        d.items().stream().map(i -> new ItemJson(i.id(), i.reverse(), i.text().byLanguage())).toList())).toList());
    }

    /** @throws IllegalArgumentException (or NullPointerException) naming what is missing or inconsistent */
    public Instrument toDomain() {
        if (!Instrument.SUBJECTIVITY.equals(instrument)) {
            throw new IllegalArgumentException("\"instrument\" must be \"" + Instrument.SUBJECTIVITY + "\" but is " + instrument);
        }
        Objects.requireNonNull(scoring, "scoring");
        ScoringRules rules = new ScoringRules(required(scoring.answerMin(), "scoring.answerMin"), required(scoring.answerMax(), "scoring.answerMax"),
                required(scoring.minItemsPerDimension(), "scoring.minItemsPerDimension"),
                required(scoring.minDimensionsForIndex(), "scoring.minDimensionsForIndex"));
        List<AnswerLabel> labels = Objects.requireNonNullElse(answerLabels, List.<Label>of()).stream()
                .map(l -> new AnswerLabel(required(l.value(), "answerLabels[].value"), text(l.text(), "answer label " + l.value())))
                .toList();
        List<Dimension> dims = Objects.requireNonNull(dimensions, "dimensions").stream()
                .map(d -> new Dimension(d.code(), text(d.title(), "title of " + d.code()), text(d.description(), "description of " + d.code()),
                        Objects.requireNonNull(d.items(), "items of " + d.code()).stream()
                                .map(i -> new Item(i.id(), text(i.text(), "text of " + i.id()), required(i.reverse(), "reverse of " + i.id())))
                                .toList()))
                .toList();
        return new Instrument(version, text(title, "title"), text(instructions, "instructions"), rules, labels, dims);
    }

    private static LocalizedText text(Map<String, String> texts, String what) {
        try {
            return new LocalizedText(texts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}
