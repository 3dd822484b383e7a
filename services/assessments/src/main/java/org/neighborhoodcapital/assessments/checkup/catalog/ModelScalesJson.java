package org.neighborhoodcapital.assessments.checkup.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neighborhoodcapital.assessments.checkup.domain.ModelPositions;
import org.neighborhoodcapital.assessments.checkup.domain.ModelScale;
import org.neighborhoodcapital.assessments.checkup.domain.ModelScales;
import org.neighborhoodcapital.assessments.common.domain.LocalizedText;
import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape of the model scales: the data file ({@code model/scales.json}) and the answer of
 * {@code GET /api/model/scales} are the same document. {@code leftPole} is position
 * {@code positionMin} (−3), {@code rightPole} is {@code positionMax} (+3).
 */
public record ModelScalesJson(Map<String, String> title, Map<String, String> description, Integer positionMin, Integer positionMax,
                              List<ScaleJson> scales) {

    public record ScaleJson(Integer number, String code, Map<String, String> leftPole, Map<String, String> rightPole,
                            Map<String, String> note) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static ModelScalesJson of(ModelScales model) {
        return new ModelScalesJson(model.title().byLanguage(), model.description().byLanguage(), ModelPositions.MIN, ModelPositions.MAX,
                model.scales().stream().map(s -> new ScaleJson(s.number(), s.code(), s.leftPole().byLanguage(), s.rightPole().byLanguage(),
                        s.note() == null ? null : s.note().byLanguage())).toList());
    }

    /** @throws IllegalStateException naming the file when it is not the ten scales */
    public static ModelScales read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, ModelScalesJson.class).toDomain();
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("model scales file " + resource.getDescription() + " is not valid: " + e.getMessage(), e);
        }
    }

    ModelScales toDomain() {
        if (!Objects.equals(positionMin, ModelPositions.MIN) || !Objects.equals(positionMax, ModelPositions.MAX)) {
            throw new IllegalArgumentException("positions run from " + ModelPositions.MIN + " to " + ModelPositions.MAX
                    + ", not " + positionMin + " to " + positionMax);
        }
        return new ModelScales(new LocalizedText(title), new LocalizedText(description), Objects.requireNonNull(scales, "scales").stream()
                .map(s -> new ModelScale(Objects.requireNonNull(s.number(), "number"), s.code(), new LocalizedText(s.leftPole()),
                        new LocalizedText(s.rightPole()), s.note() == null ? null : new LocalizedText(s.note())))
                .toList());
    }
}
