package org.peersupport.referral;

import java.time.Instant;

import org.peersupport.testkit.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces the platform's system clock with one the test moves. */
@TestConfiguration(proxyBeanMethods = false)
class MovableTime {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now());
	}

}
