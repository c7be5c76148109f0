package org.peersupport.console;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A service that depends on this module serves console pages: the layout, its stylesheet
 * under {@value #ASSETS}, and the console's access rule.
 */
@AutoConfiguration
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleAutoConfiguration {

	/** Where the console's stylesheet is served. */
	public static final String ASSETS = "/assets/console/";

	@Bean
	ConsolePages consolePages(ConsoleProperties properties) {
		return new ConsolePages(properties);
	}

	@Bean
	ConsoleAccess consoleAccess() {
		return new ConsoleAccess();
	}

	@Bean
	RouterFunction<ServerResponse> consoleAssets() {
		return RouterFunctions.resources(ASSETS + "**", new ClassPathResource("org/peersupport/console/assets/"));
	}

}
