package org.peersupport.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Works around a lost read in reactor-netty 1.3.x (reactor/reactor-netty#4361, #4188): a
 * keep-alive request that arrives a few milliseconds after the previous response could
 * sit unread until the connection closed. A browser's sign-in callback stalled for 45 s
 * in about one run in six. {@code reactor.netty.http.server.lastFlushWhenNoRead} is the
 * maintainers' stopgap (PR #4347); it is read as a system property, so it is set before
 * any server starts, unless someone set it already. Remove it once the fixed release is
 * in.
 */
public class KeepAliveReads implements EnvironmentPostProcessor {

	static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, "true");
		}
	}

}
