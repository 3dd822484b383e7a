package org.neighborhoodcapital.reporting.profile.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.neighborhoodcapital.reporting.profile.ProfileView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.neighborhoodcapital.reporting.profile.domain.Figure;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Engagement;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Outcome;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Profile;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ChangeStat;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ScoreStat;

/**
 * The JSON body of {@code GET /api/reports/participant-profile/{year}} (shape in the README). A withheld
 * figure is {@code {"suppressed": true}}, never a number; undefined statistics are null; nothing is rounded.
 */
final class ParticipantProfileJson {

    static final Map<String, Object> SUPPRESSED = Map.of("suppressed", true);

    /**
     * The body as a JSON tree: the platform leaves null properties out ({@code non_null}), but here an undefined
     * statistic is an explicit null, so the tree is built by hand (a tree's null nodes are written as they are).
     */
    static JsonNode tree(ProfileView view) {
        return node(of(view));
    }

    private static JsonNode node(Object value) {
        return switch (value) {
            case null -> JsonNodeFactory.instance.nullNode();
            case Map<?, ?> map -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                map.forEach((key, v) -> object.set(String.valueOf(key), node(v)));
                yield object;
            }
            case Integer i -> JsonNodeFactory.instance.numberNode(i);
            case Long l -> JsonNodeFactory.instance.numberNode(l);
            case Double d -> JsonNodeFactory.instance.numberNode(d);
            case Boolean b -> JsonNodeFactory.instance.booleanNode(b);
            default -> JsonNodeFactory.instance.stringNode(String.valueOf(value));
        };
    }

    static Map<String, Object> of(ProfileView view) {
        ParticipantProfile p = view.profile();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", p.year());
        json.put("generatedAt", view.generatedAt().toString());
        json.put("dataVersion", view.dataVersion());
        json.put("suppressionK", p.suppressionK());
        json.put("network", profile(p.network()));
        Map<String, Object> homes = new LinkedHashMap<>();
        p.byHomeCenter().forEach((center, cell) -> homes.put(center, figure(cell, ParticipantProfileJson::profile)));
        json.put("byHomeCenter", homes);
        Map<String, Object> stages = new LinkedHashMap<>();
        p.byFunnelStage().forEach((stage, cell) -> stages.put(stage.name(), figure(cell, ParticipantProfileJson::profile)));
        json.put("byFunnelStage", stages);
        json.put("participationOutcome", figure(p.participationOutcome(), ParticipantProfileJson::outcome));
        return json;
    }

    private static Map<String, Object> profile(Profile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("participants", profile.participants());
        json.put("subjectivity", split(profile.scores(), ParticipantProfileJson::score));
        json.put("change", split(profile.changes(), ParticipantProfileJson::change));
        json.put("engagement", figure(profile.engagement(), ParticipantProfileJson::engagement));
        return json;
    }

    /** {@code {dimensions: {DIMENSION: …}, subjectivityIndex: …}}. */
    private static <T> Map<String, Object> split(Map<String, Figure<T>> figures, Function<T, Object> render) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        Map<String, Object> json = new LinkedHashMap<>();
        figures.forEach((key, f) -> {
            if (!ProfileFigures.SUBJECTIVITY_INDEX.equals(key)) {
                dimensions.put(key, figure(f, render));
            }
        });
        json.put("dimensions", dimensions);
        json.put(ProfileFigures.SUBJECTIVITY_INDEX, figure(figures.get(ProfileFigures.SUBJECTIVITY_INDEX), render));
        return json;
    }

    private static Object score(ScoreStat s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", s.n());
        json.put("mean", s.mean());
        json.put("sd", s.sd());
        json.put("ciLow", s.ciLow());
        json.put("ciHigh", s.ciHigh());
        return json;
    }

    private static Object change(ChangeStat c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", c.n());
        json.put("mean", c.mean());
        json.put("sd", c.sd());
        json.put("ciLow", c.ciLow());
        json.put("ciHigh", c.ciHigh());
        json.put("shareImproved", c.shareImproved());
        json.put("shareDeclined", c.shareDeclined());
        return json;
    }

    private static Object engagement(Engagement e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", e.n());
        json.put("meanAttendances", e.meanAttendances());
        json.put("medianAttendances", e.medianAttendances());
        json.put("meanTenureMonths", e.meanTenureMonths());
        json.put("activePassShare", e.activePassShare());
        Map<String, Object> funnel = new LinkedHashMap<>();
        e.funnel().forEach((stage, count) -> funnel.put(stage.name(), figure(count, n -> n)));
        json.put("funnel", funnel);
        return json;
    }

    private static Object outcome(Outcome o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", o.n());
        if (o.quartiles() == null) {
            json.put("quartiles", null);
        } else {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("q1", o.quartiles().q1());
            q.put("q2", o.quartiles().q2());
            q.put("q3", o.quartiles().q3());
            json.put("quartiles", q);
        }
        Map<String, Object> groups = new LinkedHashMap<>();
        o.groups().forEach((group, f) -> groups.put(group, figure(f, g -> {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("n", g.n());
            cell.put("meanSiChange", g.meanSiChange());
            return cell;
        })));
        json.put("groups", groups);
        return json;
    }

    private static <T> Object figure(Figure<T> figure, Function<T, Object> render) {
        return switch (figure) {
            case Figure.Shown<T> shown -> shown.value() == null ? null : render.apply(shown.value());
            case Figure.Withheld withheld -> SUPPRESSED;
        };
    }

    private ParticipantProfileJson() {
    }
}
