package org.peersupport.outreach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * Outreach: turns reported events into one case per involved clinician and sees each
 * through.
 */
@SpringBootApplication
@PropertySource("classpath:outreach-service.properties")
public class OutreachApplication {

	public static void main(String[] args) {
		SpringApplication.run(OutreachApplication.class, args);
	}

}
