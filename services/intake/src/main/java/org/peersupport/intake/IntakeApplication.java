package org.peersupport.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * Intake: the only service that ever sees a raw incident report. It keeps the idempotency
 * key and publishes a minimized event; patient data and the narrative stop here.
 */
@SpringBootApplication
@PropertySource("classpath:intake-service.properties")
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntakeApplication.class, args);
	}

}
