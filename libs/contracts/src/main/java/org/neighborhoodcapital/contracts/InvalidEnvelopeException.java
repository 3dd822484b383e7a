package org.neighborhoodcapital.contracts;

/** A record that cannot be read as an envelope of a known type; the message is the reason. */
public class InvalidEnvelopeException extends RuntimeException {

    public InvalidEnvelopeException(String reason) {
        super(reason);
    }

    public InvalidEnvelopeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
