package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
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
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Interprets the facts of an AdverseEvent, R4 or R5, as an {@link IncidentReport}.
 * Lenient where the meaning is clear (case, separators, where a time or a staff id is
 * given), strict where it is not: without a sending system, a key or a time the report is
 * refused.
 */
@Component
class FhirReportMapper {

	private static final Logger log = LoggerFactory.getLogger(FhirReportMapper.class);

	private final List<String> staffSystems;

	private final boolean offerReporters;

	FhirReportMapper(@Value("${peersupport.intake.fhir.staff-identifier-systems}") List<String> staffSystems,
			@Value("${peersupport.intake.fhir.offer-reporters:true}") boolean offerReporters) {
		this.staffSystems = staffSystems;
		this.offerReporters = offerReporters;
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
		if (occurred == null) {
			problems.add(new FieldProblem("AdverseEvent.occurrence",
					"a time is required: date/occurrence[x], detected or recordedDate"));
		}
		rejectControlCharacters(problems, "AdverseEvent.identifier", reportId);
		rejectControlCharacters(problems, "AdverseEvent.location", facts.location());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<String> skipped = new ArrayList<>();
		List<InvolvedClinician> involved = involved(facts.participants(), staff, skipped);
		Actuality actuality = "potential".equalsIgnoreCase(facts.actuality()) ? Actuality.NEAR_MISS : Actuality.ACTUAL;
		return new IncidentReport(source, reportId, occurred, times.recorded(), HarmRules.harm(facts.harm()), actuality,
				CategoryRules.category(facts.categories()), null, facts.location(), involved, skipped);
	}

	private List<InvolvedClinician> involved(List<FhirParticipant> participants, StaffResolver staff,
			List<String> skipped) {
		Map<String, InvolvedClinician> byStaffId = new LinkedHashMap<>();
		for (FhirParticipant participant : participants) {
			InvolvementRole role = role(participant);
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
			else {
				byStaffId.putIfAbsent(resolution.staffId(), new InvolvedClinician(resolution.staffId(), role));
			}
		}
		return List.copyOf(byStaffId.values());
	}

	/**
	 * v3 ParticipationType codes: PRF/PPRF performed it, PART took part, WIT saw it,
	 * AUT/INF told of it.
	 */
	static InvolvementRole role(FhirParticipant participant) {
		for (FhirCode code : participant.function()) {
			if (code.means("prf", "pprf", "sprf")) {
				return InvolvementRole.PRIMARY;
			}
			if (code.means("part", "atnd", "cst")) {
				return InvolvementRole.PARTICIPANT;
			}
			if (code.means("wit")) {
				return InvolvementRole.WITNESS;
			}
			if (code.means("aut", "inf", "ent")) {
				return InvolvementRole.REPORTER;
			}
		}
		return participant.function().isEmpty() ? participant.role() : InvolvementRole.OTHER;
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
