package org.neighborhoodcapital.issuer;

/** A configuration the issuer cannot start with; the message is one line naming the property. */
final class IssuerConfigurationException extends RuntimeException {

    private final String action;

    IssuerConfigurationException(String message, String action) {
        super(message);
        this.action = action;
    }

    IssuerConfigurationException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
