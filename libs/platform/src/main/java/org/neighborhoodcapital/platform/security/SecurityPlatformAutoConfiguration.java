package org.neighborhoodcapital.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Every service is an OAuth2 resource server: each request but health, readiness and the API
 * description needs a bearer JWT from the configured issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, plus {@code issuer-uri} to check the
 * {@code iss} claim). The token's {@code roles} become {@code ROLE_*} authorities; controllers make the
 * object-level checks with {@link Access}. Stateless, no CSRF (no cookies are honoured), 401 and 403 as
 * problem+json. A service may add a chain of its own with a higher precedence for its own paths
 * (the reporting dashboard signs users in with a session there).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class SecurityPlatformAutoConfiguration {

    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /** Open without a token: probes, the API description and the error page. */
    public static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error" };

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain ncBearerTokenChain(HttpSecurity http, Environment environment) throws Exception {
        requireIssuer(environment);
        ProblemSecurityResponses problems = new ProblemSecurityResponses();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ncJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    /** {@code roles} → {@code ROLE_*} authorities; the principal name is {@code sub}. */
    public static JwtAuthenticationConverter ncJwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityPlatformAutoConfiguration::authorities);
        return converter;
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : Caller.strings(jwt.getClaims().get(Caller.ROLES_CLAIM))) {
            Role.parse(value).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        return authorities;
    }

    /** Without an issuer nobody could call the service: say so at start-up, in one line. */
    static void requireIssuer(Environment environment) {
        if (!environment.containsProperty(JWK_SET_URI) && !environment.containsProperty(ISSUER_URI)) {
            throw new IllegalStateException("No token issuer configured: set " + JWK_SET_URI + " (and " + ISSUER_URI
                    + ") to the issuer's JWK set, e.g. http://127.0.0.1:9000/oauth2/jwks; `make run` does this for you");
        }
    }

    /**
     * Fetches the issuer's JWK set with timeouts that survive a busy machine (Nimbus' own are 500 ms,
     * and a timed-out fetch fails the request): {@code nc.security.jwk-set-timeout}, default 10 s.
     */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer ncJwkSetFetch(Environment environment) {
        Duration timeout = environment.getProperty("nc.security.jwk-set-timeout", Duration.class, Duration.ofSeconds(10));
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        return builder -> builder.restOperations(new RestTemplate(requests));
    }

    /** The API description says every operation takes a bearer JWT. */
    @Bean
    OpenAPI ncOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        return new OpenAPI()
                .info(new Info().title("Neighborhood Capital — " + name).version("v1")
                        .description("Every operation needs `Authorization: Bearer <token>` from the network's token issuer "
                                + "(`make token ROLE=… CENTER=…` locally). Errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
