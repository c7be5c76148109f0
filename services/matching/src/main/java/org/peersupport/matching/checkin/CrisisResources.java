package org.peersupport.matching.checkin;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where to turn when a supporter is worried about a colleague's safety: shown on every
 * portal page and at once when a check-in raises the crisis flag.
 */
@Component
@EnableConfigurationProperties(CrisisProperties.class)
public class CrisisResources {

	/** The national lines; the same everywhere in the United States. */
	static final List<CrisisLine> NATIONAL = List.of(
			new CrisisLine("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988",
					"Free and confidential, 24 hours a day, 7 days a week."),
			new CrisisLine("Physician Support Line", "1-888-409-0141", "tel:+18884090141",
					"Free and confidential peer support from volunteer psychiatrists for physicians and medical "
							+ "students; no appointment needed."));

	private final CrisisProperties properties;

	CrisisResources(CrisisProperties properties) {
		this.properties = properties;
	}

	/** The resources for a facility, or the defaults when it is unknown. */
	public Resources forFacility(String facility) {
		String local = (facility != null) ? this.properties.facilities().get(facility) : null;
		return new Resources(NATIONAL, (local != null) ? local : this.properties.localEmergency());
	}

	/**
	 * A crisis line.
	 *
	 * @param name its name
	 * @param contact how to reach it, as people say it
	 * @param href a {@code tel:} link
	 * @param about who answers and when
	 */
	public record CrisisLine(String name, String contact, String href, String about) {
	}

	/**
	 * What to show.
	 *
	 * @param lines the crisis lines
	 * @param localEmergency the facility's emergency instructions
	 */
	public record Resources(List<CrisisLine> lines, String localEmergency) {
	}

}
