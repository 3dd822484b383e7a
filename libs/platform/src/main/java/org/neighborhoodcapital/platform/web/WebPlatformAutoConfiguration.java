package org.neighborhoodcapital.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ProblemDetailsAdvice}. Runs before Boot's MVC configuration so that Boot's own
 * problem-details handler ({@code spring.mvc.problemdetails.enabled}, a
 * {@code ResponseEntityExceptionHandler} too) sees this one and backs off.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebPlatformAutoConfiguration {

    @Bean
    ProblemDetailsAdvice ncProblemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
