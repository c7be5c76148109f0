package org.peersupport.matching.checkin;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local emergency instructions, which differ per hospital.
 *
 * @param localEmergency what to do in an emergency where no facility is known or set
 * @param facilities instructions per facility code, overriding the default
 */
@ConfigurationProperties("peersupport.crisis")
public record CrisisProperties(@DefaultValue("If anyone is in immediate danger, call 911 (or your hospital's "
		+ "emergency number from an internal phone) and stay with them until help arrives.") String localEmergency,
		Map<String, String> facilities) {

	public CrisisProperties {
		facilities = (facilities != null) ? Map.copyOf(facilities) : Map.of();
	}

}
