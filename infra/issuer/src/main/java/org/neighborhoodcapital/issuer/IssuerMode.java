package org.neighborhoodcapital.issuer;

/** Production mode: {@code nc.issuer.production=true} or the {@code prod} profile. Then nothing secret is made up. */
record IssuerMode(boolean production) {
}
