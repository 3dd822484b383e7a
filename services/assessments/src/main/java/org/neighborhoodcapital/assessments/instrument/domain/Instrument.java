package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.assessments.common.domain.LocalizedText;

/**
 * One version of the subjectivity instrument: its dimensions and items, the answer scale and the
 * scoring parameters. Versions are data (one file each), never code: a new version is a new file,
 * and each version is scored by its own rules.
 *
 * @param version      the version's name ({@code 1}); {@code v1} is accepted for it (see {@link #canonicalVersion})
 * @param title        the questionnaire's title
 * @param instructions what the respondent is asked to do
 * @param scoring      the scoring parameters
 * @param answerLabels what each point of the answer scale means
 * @param dimensions   the dimensions with their items, in the order they are presented
 */
public record Instrument(String version, LocalizedText title, LocalizedText instructions, ScoringRules scoring,
                         List<AnswerLabel> answerLabels, List<Dimension> dimensions) {

    /** The only instrument there is so far; the name in paths and files. */
    public static final String SUBJECTIVITY = "subjectivity";

    private static final Pattern VERSION = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$");

    public Instrument {
        Objects.requireNonNull(version, "version");
        if (!VERSION.matcher(version).matches() || !version.equals(canonicalVersion(version))) {
            throw new IllegalArgumentException("version '" + version + "' must match " + VERSION.pattern() + " without a leading 'v'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(scoring, "scoring");
        answerLabels = List.copyOf(Objects.requireNonNull(answerLabels, "answerLabels"));
        dimensions = List.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
        checkConsistency(version, scoring, answerLabels, dimensions);
    }

    /** {@code v1}, {@code V1} and {@code 1} all name version {@code 1}. */
    public static String canonicalVersion(String version) {
        if (version != null && version.length() > 1 && (version.charAt(0) == 'v' || version.charAt(0) == 'V')
                && Character.isDigit(version.charAt(1))) {
            return version.substring(1);
        }
        return version;
    }

    public Optional<Item> item(String itemId) {
        return Optional.ofNullable(itemIndex().get(itemId));
    }

    public int itemCount() {
        return dimensions.stream().mapToInt(d -> d.items().size()).sum();
    }

    /**
     * Scores a self-assessment by this version's rules.
     *
     * @param answers item id → answer; {@code null} stands for a value that is not a whole number
     * @throws DomainException (INVALID) naming each item at fault ({@code answers.<itemId>})
     */
    public SubjectivityScores score(Map<String, Integer> answers) {
        return SubjectivityScoring.score(this, answers);
    }

    private Map<String, Item> itemIndex() {
        Map<String, Item> index = new HashMap<>();
        dimensions.forEach(d -> d.items().forEach(i -> index.put(i.id(), i)));
        return index;
    }

    private static void checkConsistency(String version, ScoringRules scoring, List<AnswerLabel> labels, List<Dimension> dimensions) {
        String where = "instrument version " + version + ": ";
        if (dimensions.size() < scoring.minDimensionsForIndex()) {
            throw new IllegalArgumentException(where + dimensions.size() + " dimensions, but the index needs " + scoring.minDimensionsForIndex());
        }
        Set<String> codes = new HashSet<>();
        Set<String> itemIds = new HashSet<>();
        for (Dimension dimension : dimensions) {
            if (!codes.add(dimension.code())) {
                throw new IllegalArgumentException(where + "dimension " + dimension.code() + " appears twice");
            }
            if (dimension.items().size() < scoring.minItemsPerDimension()) {
                throw new IllegalArgumentException(where + "dimension " + dimension.code() + " has fewer items than a score needs ("
                        + scoring.minItemsPerDimension() + ")");
            }
            for (Item item : dimension.items()) {
                if (!itemIds.add(item.id())) {
                    throw new IllegalArgumentException(where + "item " + item.id() + " appears twice");
                }
            }
        }
        Set<Integer> values = new HashSet<>();
        for (AnswerLabel label : labels) {
            if (!scoring.inRange(label.value()) || !values.add(label.value())) {
                throw new IllegalArgumentException(where + "answer label " + label.value() + " is outside the scale or repeated");
            }
        }
    }
}
