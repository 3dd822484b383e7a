package org.neighborhoodcapital.reporting.profile;

import java.time.Instant;

import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile;

/** A computed participant profile with the data version it reflects and when it was computed. */
public record ProfileView(ParticipantProfile profile, long dataVersion, Instant generatedAt) {
}
