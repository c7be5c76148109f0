package org.peersupport.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds the platform modules' defaults
 * ({@code META-INF/peersupport-defaults/*.properties}) with the lowest precedence, so
 * every service starts with the same conventions and can still override any of them with
 * ordinary Spring configuration.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	static final String LOCATION = "classpath*:META-INF/peersupport-defaults/*.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Properties defaults = new Properties();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (var in = resource.getInputStream()) {
					defaults.load(in);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		environment.getPropertySources().addLast(new PropertiesPropertySource("peersupportPlatformDefaults", defaults));
	}

}
