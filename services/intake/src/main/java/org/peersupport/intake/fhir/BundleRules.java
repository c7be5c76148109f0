package org.peersupport.intake.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.intake.fhir.FhirResponses.EntryResult;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.report.IntakeReceipt;
import org.peersupport.intake.report.ReportIntake;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * What FHIR says a Bundle means: its AdverseEvents are handled one by one, a transaction
 * is all or nothing, other entries only resolve references. Each entry's answer is FHIR's
 * own {@code entry.response} (a status line and where to follow the report), so it is
 * part of the response Bundle, not of the HTTP exchange that carries it.
 */
@Component
class BundleRules {

	private static final List<String> TYPES = List.of("transaction", "batch", "collection", "searchset");

	private final FhirReportMapper mapper;

	private final ReportIntake intake;

	BundleRules(FhirReportMapper mapper, ReportIntake intake) {
		this.mapper = mapper;
		this.intake = intake;
	}

	/**
	 * The response Bundle.
	 * @param locations where the sender can follow a report, by its id
	 */
	ObjectNode process(FhirDialect dialect, IBaseResource bundle, String clientSource,
			Function<UUID, String> locations) {
		FhirTerser terser = dialect.context().newTerser();
		String type = String.valueOf(terser.getSinglePrimitiveValueOrNull(bundle, "type"));
		if (!TYPES.contains(type)) {
			throw new InvalidInputException("Bundle.type",
					"must be transaction, batch, collection or searchset, was " + type);
		}
		List<Entry> entries = entries(dialect, terser, bundle, clientSource);
		return "transaction".equals(type) ? transaction(entries, locations) : batch(entries, locations);
	}

	private List<Entry> entries(FhirDialect dialect, FhirTerser terser, IBaseResource bundle, String clientSource) {
		ResourceIndex index = ResourceIndex.ofBundle(terser, bundle);
		List<Entry> entries = new ArrayList<>();
		List<IBase> raw = terser.getValues(bundle, "entry");
		for (int i = 0; i < raw.size(); i++) {
			IBaseResource resource = terser.getSingleValueOrNull(raw.get(i), "resource", IBaseResource.class);
			if (resource == null || !"AdverseEvent".equals(resource.fhirType())) {
				entries.add(new Entry(null, null, null));
				continue;
			}
			try {
				entries.add(new Entry(this.mapper.map(dialect, resource, index, clientSource),
						FhirCodec.canonical(dialect, resource), null));
			}
			catch (InvalidInputException ex) {
				entries.add(new Entry(null, null, prefixed(i, ex.problems())));
			}
		}
		return entries;
	}

	private ObjectNode transaction(List<Entry> entries, Function<UUID, String> locations) {
		List<FieldProblem> problems = entries.stream()
			.filter((entry) -> entry.problems() != null)
			.flatMap((entry) -> entry.problems().stream())
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Entry> reports = entries.stream().filter((entry) -> entry.report() != null).toList();
		List<IntakeReceipt> receipts = this.intake.acceptAll(
				reports.stream().map((entry) -> new ReportIntake.Submission(entry.report(), entry.payload())).toList());
		List<EntryResult> results = new ArrayList<>();
		int next = 0;
		for (Entry entry : entries) {
			results.add((entry.report() != null) ? result(receipts.get(next++), locations) : notStored());
		}
		return FhirResponses.bundleResponse("transaction-response", results);
	}

	private ObjectNode batch(List<Entry> entries, Function<UUID, String> locations) {
		List<EntryResult> results = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.problems() != null) {
				results.add(new EntryResult("400 Bad Request", null,
						FhirResponses.outcome("error", "invalid", entry.problems())));
			}
			else if (entry.report() != null) {
				results.add(result(this.intake.accept(entry.report(), entry.payload()), locations));
			}
			else {
				results.add(notStored());
			}
		}
		return FhirResponses.bundleResponse("batch-response", results);
	}

	private static EntryResult result(IntakeReceipt receipt, Function<UUID, String> locations) {
		return new EntryResult(receipt.isNew() ? "201 Created" : "200 OK", locations.apply(receipt.id()),
				FhirResponses.received(receipt));
	}

	private static EntryResult notStored() {
		return new EntryResult("200 OK", null,
				FhirResponses.information("not stored: used only to resolve references, if at all"));
	}

	private static List<FieldProblem> prefixed(int index, List<FieldProblem> problems) {
		return problems.stream()
			.map((problem) -> new FieldProblem("Bundle.entry[" + index + "]." + problem.field(), problem.reason()))
			.toList();
	}

	/**
	 * An AdverseEvent entry of a Bundle: mapped, or refused with problems; neither for
	 * other entries.
	 */
	private record Entry(IncidentReport report, byte[] payload, List<FieldProblem> problems) {
	}

}
