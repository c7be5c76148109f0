package org.peersupport.dashboard;

import org.peersupport.dashboard.figures.DashboardSettings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.PropertySource;

/** Dashboard: aggregate read models of every topic, for program directors. */
@SpringBootApplication
@PropertySource("classpath:dashboard-service.properties")
@EnableConfigurationProperties(DashboardSettings.class)
public class DashboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(DashboardApplication.class, args);
	}

}
