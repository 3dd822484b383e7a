package org.neighborhoodcapital.assessments.checkup.web;

import java.util.List;

import org.neighborhoodcapital.assessments.checkup.application.ModelCheckups;
import org.neighborhoodcapital.assessments.checkup.catalog.ModelScalesJson;
import org.neighborhoodcapital.assessments.checkup.domain.ModelScales;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The neighborhood center model: its ten scales and the reference profile check-ups are measured against. */
@RestController
@RequestMapping("/api/model")
public class ModelController {

    /** Positions of a model neighborhood center, scale 1 first. */
    public record ReferenceView(List<Integer> positions) {
    }

    private final ModelScales scales;
    private final ModelCheckups checkups;

    public ModelController(ModelScales scales, ModelCheckups checkups) {
        this.scales = scales;
        this.checkups = checkups;
    }

    @GetMapping("/scales")
    public ModelScalesJson scales() {
        return ModelScalesJson.of(scales);
    }

    @GetMapping("/reference")
    public ReferenceView reference() {
        return new ReferenceView(checkups.reference().positions());
    }
}
