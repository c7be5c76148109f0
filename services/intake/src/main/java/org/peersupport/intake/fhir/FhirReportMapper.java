package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.role.RoleReading;
import org.peersupport.intake.role.RoleVocabulary;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Interprets the facts of an AdverseEvent, R4 or R5, as an {@link IncidentReport}.
 * Lenient where the meaning is clear (case, separators, where a time or a staff id is
 * given), strict where it is not: without a key the report is refused. Nothing that only
 * shades the meaning refuses it, because a refusal leaves everyone involved without an
 * offer: a resource with no time at all takes the time of receipt, and a participation
 * function the {@link RoleVocabulary} does not know is OTHER. Each says so in a warning.
 */
@Component
class FhirReportMapper {

	private static final Logger log = LoggerFactory.getLogger(FhirReportMapper.class);

	/** The code system of {@code participant.function} codes in the specification. */
	static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	private final List<String> staffSystems;

	private final boolean offerReporters;

	private final RoleVocabulary roles;

	FhirReportMapper(@Value("${peersupport.intake.fhir.staff-identifier-systems}") List<String> staffSystems,
			@Value("${peersupport.intake.fhir.offer-reporters:true}") boolean offerReporters, RoleVocabulary roles) {
		this.staffSystems = staffSystems;
		this.offerReporters = offerReporters;
		this.roles = roles;
	}

	/**
	 * Reads one AdverseEvent with its version's dialect and interprets it; references
	 * resolve through the index (the Bundle it came in, or nothing).
	 */
	IncidentReport map(FhirDialect dialect, IBaseResource resource, ResourceIndex index, String source) {
		try {
			FhirFacts facts = dialect.read(resource, index);
			StaffResolver staff = new StaffResolver(dialect.context().newTerser(), index, this.staffSystems);
			return map(facts, staff, source);
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// A resource HAPI accepted but that still makes no sense: the sender's
			// problem, not a 5xx.
			log.warn("Could not interpret an AdverseEvent: {}", ex.getClass().getSimpleName());
			throw new InvalidInputException("AdverseEvent", "could not be interpreted");
		}
	}

	/**
	 * @param source the authenticated client that sent the resource: a resource's own
	 * {@code meta.source} is the sender's word and never decides whose report it is
	 */
	private IncidentReport map(FhirFacts facts, StaffResolver staff, String source) {
		List<FieldProblem> problems = new ArrayList<>();
		String reportId = firstOf(facts.key().identifierValue(), facts.key().resourceId());
		if (reportId == null) {
			problems
				.add(new FieldProblem("AdverseEvent.identifier", "an identifier value or a resource id is required"));
		}
		FhirFacts.Times times = facts.times();
		Instant occurred = (times.occurredAt() != null) ? times.occurredAt()
				: (times.detected() != null) ? times.detected() : times.recorded();
		List<String> warnings = new ArrayList<>();
		if (occurred == null) {
			warnings.add(IncidentReport.receiptTimeUsed("AdverseEvent.occurrence"));
		}
		rejectControlCharacters(problems, "AdverseEvent.identifier", reportId);
		rejectControlCharacters(problems, "AdverseEvent.location", facts.location());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<String> skipped = new ArrayList<>();
		List<InvolvedClinician> involved = involved(facts.participants(), staff, skipped, warnings);
		Actuality actuality = "potential".equalsIgnoreCase(facts.actuality()) ? Actuality.NEAR_MISS : Actuality.ACTUAL;
		return new IncidentReport(source, reportId, occurred, times.recorded(), HarmRules.harm(facts.harm()), actuality,
				CategoryRules.category(facts.categories()), null, facts.location(), involved, skipped, warnings);
	}

	private List<InvolvedClinician> involved(List<FhirParticipant> participants, StaffResolver staff,
			List<String> skipped, List<String> warnings) {
		Map<String, InvolvedClinician> byStaffId = new LinkedHashMap<>();
		for (FhirParticipant participant : participants) {
			List<String> notes = new ArrayList<>();
			InvolvementRole role = role(participant, notes);
			if (role == InvolvementRole.REPORTER && !this.offerReporters) {
				continue;
			}
			StaffResolver.Resolution resolution = staff.resolve(participant.path(), participant.reference());
			if (resolution.staffId() == null) {
				skipped.add(resolution.skipped());
			}
			else if (IncidentReport.hasControlCharacters(resolution.staffId())) {
				throw new InvalidInputException(participant.path(),
						"staff identifier must not contain control characters");
			}
			else if (!byStaffId.containsKey(resolution.staffId())) {
				// The first mention decides, and only its reading is worth a warning.
				byStaffId.put(resolution.staffId(), new InvolvedClinician(resolution.staffId(), role));
				warnings.addAll(notes);
			}
		}
		return List.copyOf(byStaffId.values());
	}

	/**
	 * The participation function read with the vocabulary, code before display, first
	 * coding that names a role first; without a function, the role the element implies. A
	 * code of v3 ParticipationType (PRF, PART, WIT, AUT…) is the specification's own word
	 * and needs no warning; a local code, a display or a text does.
	 */
	InvolvementRole role(FhirParticipant participant, List<String> notes) {
		if (participant.function().isEmpty()) {
			return participant.role();
		}
		String path = "AdverseEvent." + participant.functionPath();
		for (FhirCode code : participant.function()) {
			for (String text : Arrays.asList(code.code(), code.display())) {
				RoleReading reading = this.roles.read(text);
				if (reading.known()) {
					String note = reading.note(path, "participation function");
					if (note != null && !PARTICIPATION_TYPE.equals(code.system())) {
						notes.add(note);
					}
					return reading.role();
				}
			}
		}
		notes.add(path + ": not a known participation function, taken as " + InvolvementRole.OTHER);
		return InvolvementRole.OTHER;
	}

	private static void rejectControlCharacters(List<FieldProblem> problems, String field, String value) {
		if (IncidentReport.hasControlCharacters(value)) {
			problems.add(new FieldProblem(field, "must not contain control characters"));
		}
	}

	private static String firstOf(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

}
