package org.neighborhoodcapital.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The token issuer of the local stack and of docker-compose: a Spring Authorization Server that
 * signs RS256 JWT access tokens carrying {@code sub}, {@code roles}, {@code centers} and
 * {@code participant_id}, the claims every service's resource server reads.
 * <ul>
 * <li>{@code nc-tools}: client_credentials, the local operator tool ({@code make token}, the demo
 * seeder); the token request names the role and centers it wants.</li>
 * <li>{@code nc-dashboard}: authorization_code with PKCE, the reporting dashboard's sign-in; the
 * users and their roles come from configuration ({@code nc.issuer.users[i]}).</li>
 * </ul>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IssuerApplication.class, args);
    }
}
