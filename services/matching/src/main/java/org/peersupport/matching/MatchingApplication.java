package org.peersupport.matching;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * Matching: owns the staff directory and the roster, and offers each case to the right
 * peer.
 */
@SpringBootApplication
@PropertySource("classpath:matching-service.properties")
public class MatchingApplication {

	public static void main(String[] args) {
		SpringApplication.run(MatchingApplication.class, args);
	}

}
