package org.neighborhoodcapital.reporting;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.neighborhoodcapital.reporting.impact.domain.ModelReference;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reporting service ({@code nc.reporting.*}).
 *
 * @param defaultTimezone    zone of a center that has neither a CenterRegistered nor a configured zone
 * @param centerTimezones    per-center zones ({@code nc.reporting.center-timezones.<centerId>=Europe/Moscow}),
 *                           used when the center has not been registered (a registration wins)
 * @param returningMinMonths distinct months of attendance that make a participant "returning"
 * @param refreshDebounce    how long after the last ingested batch the cached reports are recomputed
 * @param refreshMaxDelay    upper bound on that wait while batches keep arriving
 * @param cachedYears        how many years' reports are kept computed (least recently asked for go first)
 * @param selfSufficiencyThreshold self-sufficiency (pass revenue / operating budget) from which a center
 *                           reaches four-step stage 4
 * @param suppressionK       small-cell suppression of the participant profile: figures from assessments and
 *                           breakdown cells over fewer participants are withheld
 * @param modelReference     the model center's positions on the ten check-up scales (−3..+3 each)
 */
@Validated
@ConfigurationProperties("nc.reporting")
public record ReportingProperties(
        @DefaultValue("UTC") @NotNull ZoneId defaultTimezone,
        Map<String, ZoneId> centerTimezones,
        @DefaultValue("2") @Min(1) @Max(12) int returningMinMonths,
        @DefaultValue("500ms") @NotNull Duration refreshDebounce,
        @DefaultValue("5s") @NotNull Duration refreshMaxDelay,
        @DefaultValue("5") @Min(1) int cachedYears,
        @DefaultValue("1.0") @Positive double selfSufficiencyThreshold,
        @DefaultValue("5") @Min(1) int suppressionK,
        @DefaultValue("-2,-2,-2,-2,-2,-2,-2,-2,0,-2") @NotNull List<Integer> modelReference) {

    public ReportingProperties {
        centerTimezones = centerTimezones == null ? Map.of() : Map.copyOf(centerTimezones);
        // Fails the start with the reason (ten positions, each −3..+3).
        modelReference = new ModelReference(modelReference).positions();
    }

    public ModelReference reference() {
        return new ModelReference(modelReference);
    }
}
