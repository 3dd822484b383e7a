package org.neighborhoodcapital.issuer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The dashboard's users from {@code nc.issuer.users[i]}: who may sign in, and what their tokens say. */
final class ConfiguredUsers {

    private final Map<String, AccessClaims> claims;
    private final List<UserDetails> logins;

    ConfiguredUsers(List<IssuerProperties.User> users, IssuerMode mode, PasswordEncoder encoder) {
        Map<String, AccessClaims> byName = new LinkedHashMap<>();
        List<UserDetails> details = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            IssuerProperties.User user = users.get(i);
            String property = "nc.issuer.users[" + i + "]";
            if (user.username() == null || user.username().isBlank()) {
                throw new IssuerConfigurationException(property + ".username is not set", "Give every configured user a username.");
            }
            if (user.password() == null || user.password().isBlank()) {
                throw new IssuerConfigurationException(property + ".password is not set (user " + user.username() + ")",
                        "Set the password from your secret store (env NC_ISSUER_USERS_" + i + "_PASSWORD), or remove the user.");
            }
            if (mode.production() && user.password().length() < 12) {
                throw new IssuerConfigurationException(property + ".password is shorter than 12 characters (user " + user.username() + ")",
                        "Use a longer, generated password.");
            }
            if (byName.containsKey(user.username())) {
                throw new IssuerConfigurationException(property + ".username " + user.username() + " is configured twice",
                        "Give each user one entry.");
            }
            AccessClaims access;
            try {
                access = new AccessClaims(user.username(),
                        nullToEmpty(user.roles()).stream().map(IssuedRole::parse).toList(),
                        nullToEmpty(user.centers()), user.participantId());
            } catch (IllegalArgumentException e) {
                throw new IssuerConfigurationException(property + " (user " + user.username() + "): " + e.getMessage(),
                        "Fix the user's roles, centers or participant-id.");
            }
            byName.put(user.username(), access);
            details.add(User.withUsername(user.username())
                    .password(encoder.encode(user.password()))
                    .roles(access.roleNames().toArray(String[]::new))
                    .build());
        }
        this.claims = Map.copyOf(byName);
        this.logins = List.copyOf(details);
    }

    Optional<AccessClaims> claimsOf(String username) {
        return Optional.ofNullable(claims.get(username));
    }

    InMemoryUserDetailsManager userDetailsService() {
        return new InMemoryUserDetailsManager(logins);
    }

    int size() {
        return logins.size();
    }

    private static List<String> nullToEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
