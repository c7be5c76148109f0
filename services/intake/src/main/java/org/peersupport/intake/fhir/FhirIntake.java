package org.peersupport.intake.fhir;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IBaseResource;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.report.IntakeReceipt;
import org.peersupport.intake.report.ReportIntake;
import org.peersupport.web.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Receives FHIR AdverseEvents and Bundles (R4 and R5, JSON and XML): parse with HAPI
 * ({@link FhirCodec}), map each AdverseEvent to an {@link IncidentReport}
 * ({@link FhirReportMapper}), apply the Bundle's rules ({@link BundleRules}) and hand the
 * reports to {@link ReportIntake}. Every answer is a FHIR resource: an OperationOutcome
 * or a response Bundle.
 */
@Service
public class FhirIntake {

	private final Map<String, FhirDialect> dialects;

	private final FhirReportMapper mapper;

	private final BundleRules bundles;

	private final ReportIntake intake;

	FhirIntake(List<FhirDialect> dialects, FhirReportMapper mapper, BundleRules bundles, ReportIntake intake) {
		this.dialects = dialects.stream().collect(Collectors.toMap(FhirDialect::version, Function.identity()));
		this.mapper = mapper;
		this.bundles = bundles;
		this.intake = intake;
	}

	public boolean supports(String version) {
		return this.dialects.containsKey(version);
	}

	/** A single AdverseEvent. */
	public FhirReply adverseEvent(String version, FhirFormat format, byte[] body, String clientSource) {
		FhirDialect dialect = this.dialects.get(version);
		try {
			IBaseResource resource = FhirCodec.parse(dialect, format, body, "AdverseEvent");
			IncidentReport report = this.mapper.map(dialect, resource, ResourceIndex.empty(), clientSource);
			IntakeReceipt receipt = this.intake.accept(report, FhirCodec.canonical(dialect, resource));
			return new FhirReply(format, FhirCodec.encode(dialect, format, FhirResponses.received(receipt)), false,
					receipt);
		}
		catch (InvalidInputException ex) {
			return refused(dialect, format, ex);
		}
	}

	/**
	 * A Bundle whose AdverseEvents are handled one by one; a transaction is all or
	 * nothing.
	 * @param locations where the sender can follow a report, by its id, for the
	 * response's entries
	 */
	public FhirReply bundle(String version, FhirFormat format, byte[] body, String clientSource,
			Function<UUID, String> locations) {
		FhirDialect dialect = this.dialects.get(version);
		try {
			IBaseResource bundle = FhirCodec.parse(dialect, format, body, "Bundle");
			ObjectNode response = this.bundles.process(dialect, bundle, clientSource, locations);
			return new FhirReply(format, FhirCodec.encode(dialect, format, response), false, null);
		}
		catch (InvalidInputException ex) {
			return refused(dialect, format, ex);
		}
	}

	private static FhirReply refused(FhirDialect dialect, FhirFormat format, InvalidInputException ex) {
		ObjectNode outcome = FhirResponses.outcome("error", "invalid", ex.problems());
		return new FhirReply(format, FhirCodec.encode(dialect, format, outcome), true, null);
	}

}
