package org.peersupport.matching;

import org.peersupport.matching.batch.AssignmentStrategy;
import org.peersupport.matching.batch.OptimalAssignment;
import org.peersupport.matching.engine.MatchEngine;
import org.peersupport.matching.engine.MatchingPolicy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pure matching engine and the batch solver from the program's policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingPolicy.class)
class MatchingConfiguration {

	@Bean
	MatchEngine matchEngine(MatchingPolicy policy) {
		return new MatchEngine(policy);
	}

	@Bean
	AssignmentStrategy assignmentStrategy() {
		return new OptimalAssignment();
	}

}
