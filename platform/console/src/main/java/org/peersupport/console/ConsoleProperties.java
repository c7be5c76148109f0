package org.peersupport.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the other services' console pages are ({@code peersupport.console.*-url}): empty
 * (the default) when one origin routes {@code /console/**} paths to the services behind
 * it, as an ingress does; the origins of the services when each has its own, as in the
 * standalone.
 *
 * @param outreachUrl the origin of outreach's pages (worklist, policy, invitations)
 * @param matchingUrl the origin of matching's pages (supporters, roster, recognition)
 * @param referralUrl the origin of referral's pages (resources, on-call rota)
 */
@ConfigurationProperties("peersupport.console")
public record ConsoleProperties(@DefaultValue("") String outreachUrl, @DefaultValue("") String matchingUrl,
		@DefaultValue("") String referralUrl) {

	/** The address of a section's page, for a link from any service's page. */
	public String href(ConsoleSection section) {
		return origin(section.service()) + section.path();
	}

	/** The origin that serves a service's console pages, empty for this one. */
	public String origin(ConsoleService service) {
		String origin = switch (service) {
			case OUTREACH -> this.outreachUrl;
			case MATCHING -> this.matchingUrl;
			case REFERRAL -> this.referralUrl;
		};
		return (origin.endsWith("/")) ? origin.substring(0, origin.length() - 1) : origin;
	}

}
