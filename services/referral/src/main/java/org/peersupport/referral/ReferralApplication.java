package org.peersupport.referral;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/** Referral: the catalog of help beyond peer support, and referrals into it. */
@SpringBootApplication
@PropertySource("classpath:referral-service.properties")
public class ReferralApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReferralApplication.class, args);
	}

}
