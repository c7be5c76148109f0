package org.peersupport.console;

/**
 * The console's parts, in the order its navigation lists them, each served by the service
 * that owns its data. The administrator sees one console: the same layout and navigation
 * on every page, whichever service answers it (the services' page sessions are signed in
 * at the same identity provider, so moving between them asks for nothing).
 */
public enum ConsoleSection {

	WORKLIST(ConsoleService.OUTREACH, "/console", "Worklist"),

	SUPPORTERS(ConsoleService.MATCHING, "/console/supporters", "Supporters"),

	ROSTER(ConsoleService.MATCHING, "/console/roster", "Roster"),

	POLICY(ConsoleService.OUTREACH, "/console/policy", "Outreach policy"),

	TEMPLATES(ConsoleService.OUTREACH, "/console/templates", "Invitations"),

	RESOURCES(ConsoleService.REFERRAL, "/console/resources", "Resources"),

	ON_CALL(ConsoleService.REFERRAL, "/console/on-call", "On-call rota"),

	RECOGNITION(ConsoleService.MATCHING, "/console/recognition", "Recognition");

	private final ConsoleService service;

	private final String path;

	private final String label;

	ConsoleSection(ConsoleService service, String path, String label) {
		this.service = service;
		this.path = path;
		this.label = label;
	}

	public ConsoleService service() {
		return this.service;
	}

	/** The section's page, relative to the service that serves it. */
	public String path() {
		return this.path;
	}

	/** What the navigation calls it. */
	public String label() {
		return this.label;
	}

}
