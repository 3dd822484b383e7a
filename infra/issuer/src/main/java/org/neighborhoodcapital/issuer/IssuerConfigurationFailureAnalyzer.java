package org.neighborhoodcapital.issuer;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an {@link IssuerConfigurationException} into Boot's short start-up failure report instead of a stack trace. */
class IssuerConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<IssuerConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IssuerConfigurationException cause) {
        return new FailureAnalysis("issuer: " + cause.getMessage(), cause.action(), cause);
    }
}
