package org.peersupport.accesstrail;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.security.Actor;
import org.peersupport.security.Role;

/**
 * Why a caller reads or changes a record, as an HL7 v3 PurposeOfUse code (system
 * {@code http://terminology.hl7.org/CodeSystem/v3-ActReason}). Each role has the purposes
 * it may give in the {@value #HEADER} header; without the header an entry gets the first
 * purpose of the caller's first role in {@link #PRECEDENCE}.
 */
public final class PurposeOfUse {

	/** The request header a caller may set to one of their role's purposes. */
	public static final String HEADER = "X-Purpose-Of-Use";

	/** The code system of the codes. */
	public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

	/** The purpose of a request without an authenticated caller. */
	static final String UNKNOWN = "UNKNOWN";

	/**
	 * Whose default wins when a caller has several roles: the most specific work first.
	 */
	private static final List<Role> PRECEDENCE = List.of(Role.ON_CALL_LEAD, Role.CLINICIAN, Role.ADMINISTRATOR,
			Role.DIRECTOR, Role.RISK_SYSTEM, Role.OPERATOR);

	private static final Map<Role, List<String>> ALLOWED = new EnumMap<>(Map.of(
			// Answering a crisis page is emergency treatment; a lead is a clinician too.
			Role.ON_CALL_LEAD, List.of("ETREAT", "TREAT"),
			// Peer support is care for the clinician; reading one's own record is a
			// patient (here: staff member) request.
			Role.CLINICIAN, List.of("TREAT", "PATRQT"),
			// Running the program; reviewing the trail is compliance; the roster is
			// records
			// management.
			Role.ADMINISTRATOR, List.of("HOPERAT", "HCOMPL", "RECORDMGT"),
			// Aggregates and evaluation.
			Role.DIRECTOR, List.of("HQUALIMP", "HRESCH", "HOPERAT"),
			// Incident reporting feeds the program from patient-safety work.
			Role.RISK_SYSTEM, List.of("PATSFTY"),
			// Running the platform: no business data.
			Role.OPERATOR, List.of("HSYSADMIN")));

	private PurposeOfUse() {
	}

	/** The purposes a caller may give, their default first. */
	static Set<String> allowed(Actor actor) {
		Set<String> purposes = new LinkedHashSet<>();
		for (Role role : PRECEDENCE) {
			if (actor.has(role)) {
				purposes.addAll(ALLOWED.get(role));
			}
		}
		return purposes;
	}

	/** The purpose of a caller's request: the header's if it is theirs to give. */
	static String of(Actor actor, String header) {
		if (actor == null) {
			return UNKNOWN;
		}
		Set<String> allowed = allowed(actor);
		if (header != null && allowed.contains(header)) {
			return header;
		}
		return allowed.isEmpty() ? UNKNOWN : allowed.iterator().next();
	}

}
