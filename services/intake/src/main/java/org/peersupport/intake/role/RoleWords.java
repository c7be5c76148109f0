package org.peersupport.intake.role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peersupport.contracts.events.InvolvementRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A hospital's own words for how someone took part in an event, by the platform's role:
 * {@code peersupport.intake.roles.<role>}, comma-separated. They come on top of the
 * {@link #BUILT_IN} words, and a word listed here wins over its built-in meaning, so a
 * hospital can add words and re-map any (to OTHER, if need be). Words are compared
 * {@link RoleVocabulary#normalized normalized}: case, punctuation and separators do not
 * matter.
 *
 * @param primary performed the act at the centre of the event
 * @param participant took part in the care
 * @param witness saw it without taking part
 * @param reporter reported it
 * @param other any other involvement
 */
@ConfigurationProperties("peersupport.intake.roles")
public record RoleWords(@DefaultValue List<String> primary, @DefaultValue List<String> participant,
		@DefaultValue List<String> witness, @DefaultValue List<String> reporter, @DefaultValue List<String> other) {

	/**
	 * The words every intake knows. They hold the v3 ParticipationType codes and displays
	 * that FHIR's {@code participant.function} uses, so one vocabulary serves FHIR and
	 * the native form. Professions map to PARTICIPANT: a report that lists a nurse by
	 * profession alone says they took part in the care.
	 */
	public static final RoleWords BUILT_IN = new RoleWords(
			List.of("primary", "prf", "pprf", "sprf", "performer", "primary performer", "secondary performer",
					"performed", "performing", "prescriber", "prescribing", "prescribed", "administering",
					"administered", "administering nurse", "dispenser", "dispensing", "dispensed", "operator",
					"operating", "operating surgeon", "proceduralist", "responsible clinician"),
			List.of("participant", "participation", "part", "atnd", "attender", "attending", "cst", "custodian",
					"assisting", "assistant", "assist", "second", "second checker", "checker", "co signer",
					"team member", "care team", "involved", "nurse", "physician", "doctor", "surgeon", "resident",
					"intern", "fellow", "consultant", "registrar", "pharmacist", "technician", "technologist",
					"therapist", "midwife", "anaesthetist", "anesthetist", "anesthesiologist", "paramedic",
					"phlebotomist", "porter", "aide", "student", "clinician", "staff", "provider"),
			List.of("witness", "wit", "witnessed", "witnessing", "observer", "observed", "observing", "bystander",
					"present"),
			List.of("reporter", "reporting", "reported", "author", "aut", "author originator", "informant", "inf",
					"ent", "data entry person", "recorder", "notifier", "submitter"),
			List.of("other"));

	/** No words of the hospital's own: the built-in ones alone. */
	public static final RoleWords NONE = new RoleWords(List.of(), List.of(), List.of(), List.of(), List.of());

	Map<InvolvementRole, List<String>> byRole() {
		Map<InvolvementRole, List<String>> byRole = new EnumMap<>(InvolvementRole.class);
		byRole.put(InvolvementRole.PRIMARY, this.primary);
		byRole.put(InvolvementRole.PARTICIPANT, this.participant);
		byRole.put(InvolvementRole.WITNESS, this.witness);
		byRole.put(InvolvementRole.REPORTER, this.reporter);
		byRole.put(InvolvementRole.OTHER, this.other);
		return byRole;
	}

}
