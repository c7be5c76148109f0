package org.peersupport.security;

/**
 * What a caller may do, as the platform understands it. Roles come from the token (mapped
 * from the identity provider's role or group claims, or from a machine client's scopes);
 * whether someone is a supporter is not a role: it comes from the program's roster, which
 * matching owns.
 */
public enum Role {

	/** An incident-reporting system: an OAuth2 client, never a person. */
	RISK_SYSTEM,

	/** Any member of staff: the token carries their staff id. */
	CLINICIAN,

	/**
	 * Runs the program: roster, training, policy, templates, resources, rota, worklist.
	 */
	ADMINISTRATOR,

	/** Watches aggregates and runs evaluation. */
	DIRECTOR,

	/** Answers crisis pages. */
	ON_CALL_LEAD,

	/** Runs the platform: health and metrics, no business data. */
	OPERATOR,

	/**
	 * The hospital's identity system keeping the staff directory current over SCIM 2.0:
	 * an OAuth2 client holding {@link ActorClaims#PROVISIONING_SCOPE}, never a person.
	 */
	DIRECTORY_PROVISIONING;

	/** The Spring Security authority that stands for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
