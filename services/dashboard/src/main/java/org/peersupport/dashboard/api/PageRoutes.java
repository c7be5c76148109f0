package org.peersupport.dashboard.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The dashboard page and its script and styles. They live under {@code dashboard/} rather
 * than {@code static/}, so the other services of the standalone platform (one classpath)
 * do not serve them too. chart.js comes from its WebJar under {@code /webjars/}. Who may
 * load them is in {@link DashboardAccess}: a signed-in director. (The signed-out page
 * comes from platform/security.)
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

	@Bean
	RouterFunction<ServerResponse> dashboardPage() {
		ClassPathResource page = new ClassPathResource("dashboard/page.html");
		return RouterFunctions.route()
			.GET("/", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
			.build()
			.and(RouterFunctions.resources("/assets/**", new ClassPathResource("dashboard/assets/")));
	}

}
