package org.neighborhoodcapital.issuer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The extra form parameters of a client_credentials request of the {@code nc-tools} client:
 * {@code role} (one of {@link IssuedRole}, lower case with dashes), {@code center} (repeatable or
 * comma-separated), {@code participant} (a UUID, for role participant) and an optional
 * {@code subject} naming the tool in the services' audit trail.
 */
final class ToolsTokenRequest {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");

    private ToolsTokenRequest() {
    }

    /** The claims the parameters ask for; an {@link IllegalArgumentException} names the bad parameter. */
    static AccessClaims claims(Map<String, Object> parameters, String clientId) {
        List<String> roleValues = values(parameters.get("role"));
        if (roleValues.size() > 1) {
            throw new IllegalArgumentException("role: give one role per token, got " + roleValues);
        }
        List<IssuedRole> roles = roleValues.stream().map(IssuedRole::parse).toList();
        List<String> centers = values(parameters.get("center"));
        List<String> participants = values(parameters.get("participant"));
        if (participants.size() > 1) {
            throw new IllegalArgumentException("participant: give one participant id, got " + participants.size());
        }
        UUID participantId = participants.isEmpty() ? null : uuid(participants.getFirst());
        List<String> subjects = values(parameters.get("subject"));
        String subject;
        if (!subjects.isEmpty()) {
            subject = subjects.getFirst();
            if (subjects.size() > 1 || !SUBJECT.matcher(subject).matches()) {
                throw new IllegalArgumentException("subject: one name of letters, digits and . _ @ : - (at most 64)");
            }
        } else {
            subject = participantId != null ? participantId.toString() : clientId;
        }
        return new AccessClaims(subject, roles, centers, participantId);
    }

    private static UUID uuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("participant: '" + value + "' is not a UUID");
        }
    }

    /** A form parameter arrives as a String, or a String[] when repeated; each value may list several, comma-separated. */
    private static List<String> values(Object parameter) {
        List<String> raw = switch (parameter) {
            case null -> List.of();
            case String single -> List.of(single);
            case String[] many -> Arrays.asList(many);
            case List<?> many -> many.stream().map(String::valueOf).toList();
            default -> List.of(String.valueOf(parameter));
        };
        List<String> values = new ArrayList<>();
        for (String value : raw) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }
}
