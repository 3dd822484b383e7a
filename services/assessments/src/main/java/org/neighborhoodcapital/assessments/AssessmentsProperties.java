package org.neighborhoodcapital.assessments;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the assessments service ({@code nc.assessments.*}).
 *
 * @param futureTolerance how far in the future {@code answeredAt} / {@code assessedAt} may lie (clients' clocks differ)
 * @param instruments     where the subjectivity instrument versions are read from
 * @param model           the model check-up
 */
@Validated
@ConfigurationProperties("nc.assessments")
public record AssessmentsProperties(
        @DefaultValue("5m") @NotNull Duration futureTolerance,
        @DefaultValue @Valid Instruments instruments,
        @DefaultValue @Valid Model model) {

    /**
     * @param locations resource patterns of the instrument files; each match is one version (a new
     *                  version is a new file: {@code file:/etc/nc/instruments/*.json} adds versions without a build)
     */
    public record Instruments(
            @DefaultValue("classpath*:instruments/subjectivity-v*.json") @NotEmpty List<@NotBlank String> locations) {
    }

    /**
     * @param reference      the reference profile of a model neighborhood center: one position per scale,
     *                       −3..+3 (default −2 on every scale but 9, "social ↔ commercial projects", where it is 0)
     * @param scalesLocation the resource with the ten scales and their poles
     */
    public record Model(
            @DefaultValue({"-2", "-2", "-2", "-2", "-2", "-2", "-2", "-2", "0", "-2"})
            @NotNull @Size(min = 10, max = 10) List<@NotNull @Min(-3) @Max(3) Integer> reference,
            @DefaultValue("classpath:model/scales.json") @NotBlank String scalesLocation) {
    }
}
