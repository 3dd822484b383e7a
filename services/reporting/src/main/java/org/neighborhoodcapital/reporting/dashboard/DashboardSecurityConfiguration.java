package org.neighborhoodcapital.reporting.dashboard;

import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The dashboard's own security chain, ahead of the platform's bearer-token chain. It covers the
 * dashboard pages, their scripts, the sign-in and sign-out paths, and — for requests without a bearer
 * token — the report and live APIs the dashboard's scripts call with the session (a bearer request to
 * those falls through to the platform chain). Sign-in is the issuer's authorization code flow with PKCE
 * (registration {@value #REGISTRATION_ID}); without that registration configured (e.g. the service's
 * own integration tests) the pages answer 401 and the APIs are left to the platform chain.
 *
 * <p>Access: NETWORK_ADMIN and ANALYST see the network dashboard, the reports and every live stream;
 * CENTER_STAFF sees only its own centers' live pages and streams (403 otherwise).
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurityConfiguration {

    static final String REGISTRATION_ID = "nc";
    /** Ahead of the platform's chain (lowest precedence, matches everything). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(DashboardSecurityConfiguration.class);

    private static final RequestMatcher PAGES = new OrRequestMatcher(pathPattern("/"), pathPattern("/dashboard/**"),
            pathPattern("/webjars/**"), pathPattern("/login/**"), pathPattern("/oauth2/**"), pathPattern("/logout"));
    private static final RequestMatcher DASHBOARD_APIS = new OrRequestMatcher(pathPattern("/api/reports/**"),
            pathPattern("/api/live/**"), pathPattern("/api/dashboard/**"));
    private static final RequestMatcher WITHOUT_BEARER = new NegatedRequestMatcher(DashboardSecurityConfiguration::hasBearerToken);

    @Bean
    @Order(ORDER)
    SecurityFilterChain dashboardSecurityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients)
            throws Exception {
        ClientRegistrationRepository registrations = clients.getIfAvailable();
        boolean signIn = registrations != null && registrations.findByRegistrationId(REGISTRATION_ID) != null;
        RequestMatcher sessionApis = new AndRequestMatcher(DASHBOARD_APIS, WITHOUT_BEARER);
        http.securityMatcher(signIn ? new OrRequestMatcher(PAGES, sessionApis) : PAGES);

        http.authorizeHttpRequests(authorize -> authorize
                // SSE completion and error dispatches of a request already authorized
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                .requestMatchers(pathPattern("/login/**"), pathPattern("/oauth2/**"), pathPattern("/logout"),
                        pathPattern("/dashboard/signed-out.html"), pathPattern("/dashboard/dashboard.css")).permitAll()
                .requestMatchers(pathPattern("/"), pathPattern("/webjars/**"), pathPattern("/dashboard/*.js"),
                        pathPattern("/dashboard/*.css"), pathPattern("/api/dashboard/session")).authenticated()
                .requestMatchers(pathPattern("/dashboard/center.html")).access(centerPage())
                .requestMatchers(pathPattern("/api/live/centers/{centerId}/**")).access(centerStream())
                .anyRequest().access(network()));

        http.exceptionHandling(exceptions -> exceptions
                // scripts and EventSource get a status, not a redirect to the sign-in page
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), DASHBOARD_APIS));

        http.csrf(csrf -> csrf.spa()); // XSRF-TOKEN cookie for the scripts, masked token for forms

        String policy = signIn ? contentSecurityPolicy(issuerOrigin(registrations)) : contentSecurityPolicy(null);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));

        if (signIn) {
            DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                    "/oauth2/authorization");
            pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            SessionUsers users = new SessionUsers();
            http.oauth2Login(login -> login
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users.oidc()).userService(users.plain()))
                    .defaultSuccessUrl("/", false));
            // Signs out at the issuer too (RP-initiated logout) when it announces an end_session_endpoint, and
            // comes back to the signed-out page (the issuer lists it as the client's post-logout redirect URI).
            OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            signedOut.setPostLogoutRedirectUri("{baseUrl}/dashboard/signed-out.html");
            signedOut.setDefaultTargetUrl("/dashboard/signed-out.html");
            http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut));
            log.info("Dashboard sign-in through the issuer of client registration '{}'", REGISTRATION_ID);
        } else {
            http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/dashboard/signed-out.html"));
            log.info("Dashboard sign-in is off: no client registration '{}' (spring.security.oauth2.client.registration.{}.*)",
                    REGISTRATION_ID, REGISTRATION_ID);
        }
        return http.build();
    }

    /**
     * Only this origin, except that the sign-out form's redirect may go on to the issuer (browsers apply
     * {@code form-action} to the redirects that follow a form submission).
     */
    static String contentSecurityPolicy(String issuerOrigin) {
        return issuerOrigin == null ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + issuerOrigin);
    }

    /** {@code scheme://host[:port]} of the issuer's authorization endpoint, or null. */
    private static String issuerOrigin(ClientRegistrationRepository registrations) {
        String authorization = registrations.findByRegistrationId(REGISTRATION_ID).getProviderDetails().getAuthorizationUri();
        try {
            java.net.URI uri = java.net.URI.create(authorization);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static AuthorizationManager<RequestAuthorizationContext> network() {
        return (authentication, context) -> new AuthorizationDecision(viewer(authentication).seesNetwork());
    }

    private static AuthorizationManager<RequestAuthorizationContext> centerPage() {
        return (authentication, context) -> new AuthorizationDecision(
                viewer(authentication).seesCenter(context.getRequest().getParameter("center")));
    }

    private static AuthorizationManager<RequestAuthorizationContext> centerStream() {
        return (authentication, context) -> new AuthorizationDecision(
                viewer(authentication).seesCenter(context.getVariables().get("centerId")));
    }

    private static Viewer viewer(Supplier<? extends Authentication> authentication) {
        return Viewer.of(authentication.get());
    }
}
