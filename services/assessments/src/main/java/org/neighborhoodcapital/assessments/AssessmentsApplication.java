package org.neighborhoodcapital.assessments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AssessmentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssessmentsApplication.class, args);
    }
}
