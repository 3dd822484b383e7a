package org.neighborhoodcapital.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** A service validating its arguments itself (Bean Validation on methods → ConstraintViolationException). */
@Service
@Validated
public class ValidatedCenters {

    public String register(@Valid ProblemTestController.CenterRequest request) {
        return request.name();
    }

    public String rename(@NotBlank String newName) {
        return newName;
    }
}
