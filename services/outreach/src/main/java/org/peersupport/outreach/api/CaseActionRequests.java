package org.peersupport.outreach.api;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.outreachcase.AdministratorClosure;
import org.peersupport.outreach.outreachcase.OutsideContact;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

/**
 * Reads the bodies of an administrator's actions on a case, for the API and the console's
 * forms alike. Codes only: a field for text ({@code notes}, {@code summary}) is refused
 * by name, because what was said in a check-in is never stored.
 */
public final class CaseActionRequests {

	private static final String UNKNOWN = "is not a field of this request: only a choice from the list is kept";

	private CaseActionRequests() {
	}

	/** {@code how}: PHONE, IN_PERSON or OTHER, or nothing. */
	public static OutsideContact outsideContact(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		in.onlyFields(List.of("how"), UNKNOWN);
		OutsideContact how = in.field("how").choice(OutsideContact.class).optional();
		in.check();
		return how;
	}

	/** {@code reason}: one of {@link AdministratorClosure}, required. */
	public static AdministratorClosure closure(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		in.onlyFields(List.of("reason"), UNKNOWN);
		AdministratorClosure reason = in.field("reason").choice(AdministratorClosure.class).required();
		in.check();
		return reason;
	}

	public static UUID caseId(String caseId) {
		try {
			return UUID.fromString(caseId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("caseId", "must be an outreach case id (UUID)");
		}
	}

}
