package org.peersupport.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;

/**
 * Registers the platform's problem+json answers and its input guard in every service.
 */
@AutoConfiguration
@Import(ProblemResponses.class)
@EnableConfigurationProperties(InputLimits.class)
public class WebAutoConfiguration {

	/**
	 * The codecs' limit on a body held in memory; the guard holds bodies the same way.
	 */
	static final String BODY_LIMIT = "spring.http.codecs.max-in-memory-size";

	/**
	 * On unless {@code peersupport.web.input.guard=false}, which exists to measure what
	 * the guard stops (docs/robustness.md), not to run without it.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnProperty(name = "peersupport.web.input.guard", havingValue = "true", matchIfMissing = true)
	InputGuard inputGuard(InputLimits limits, Environment environment,
			ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		DataSize body = environment.getProperty(BODY_LIMIT, DataSize.class, DataSize.ofKilobytes(256));
		return new InputGuard(limits, Math.toIntExact(body.toBytes()), new PathVariableNames(mappings));
	}

	/** Problem documents as pages for browsers (docs/security.md, "Refusals"). */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	BrowserProblems browserProblems() {
		return new BrowserProblems();
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	RoutesNotPaths routesNotPaths() {
		return new RoutesNotPaths();
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	FilterProblems filterProblems(ProblemResponses problems, ServerCodecConfigurer codecs) {
		return new FilterProblems(problems, codecs);
	}

}
