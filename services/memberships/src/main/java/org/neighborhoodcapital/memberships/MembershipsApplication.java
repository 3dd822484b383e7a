package org.neighborhoodcapital.memberships;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MembershipsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipsApplication.class, args);
    }
}
