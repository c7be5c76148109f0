package org.peersupport.intake.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.intake.fhir.FhirResponses.EntryResult;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.report.IntakeReceipt;
import org.peersupport.intake.report.ReportIntake;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Receives FHIR AdverseEvents and Bundles (R4 and R5, JSON and XML): parse with HAPI,
 * read the facts, map them to an {@link IncidentReport} and hand it to
 * {@link ReportIntake}. Every answer is a FHIR resource: an OperationOutcome or a
 * response Bundle.
 */
@Service
public class FhirIntake {

	private static final Logger log = LoggerFactory.getLogger(FhirIntake.class);

	private final Map<String, FhirDialect> dialects;

	private final ReportIntake intake;

	private final List<String> staffSystems;

	private final boolean offerReporters;

	FhirIntake(List<FhirDialect> dialects, ReportIntake intake,
			@Value("${peersupport.intake.fhir.staff-identifier-systems}") List<String> staffSystems,
			@Value("${peersupport.intake.fhir.offer-reporters:true}") boolean offerReporters) {
		this.dialects = dialects.stream().collect(Collectors.toMap(FhirDialect::version, Function.identity()));
		this.intake = intake;
		this.staffSystems = staffSystems;
		this.offerReporters = offerReporters;
	}

	public boolean supports(String version) {
		return this.dialects.containsKey(version);
	}

	/** A single AdverseEvent. */
	public FhirAnswer adverseEvent(String version, FhirFormat format, byte[] body, String clientSource) {
		FhirDialect dialect = this.dialects.get(version);
		try {
			IBaseResource resource = parse(dialect, format, body);
			if (!"AdverseEvent".equals(resource.fhirType())) {
				throw new InvalidInputException("resourceType", "must be AdverseEvent, was " + resource.fhirType());
			}
			IncidentReport report = map(dialect, resource, ResourceIndex.empty(), clientSource);
			IntakeReceipt receipt = this.intake.accept(report, canonical(dialect, resource));
			return answer(dialect, format, receipt.isNew() ? 201 : 200, receiptOutcome(receipt), location(receipt));
		}
		catch (InvalidInputException ex) {
			return answer(dialect, format, 400, FhirResponses.outcome("error", "invalid", ex.problems()), null);
		}
	}

	/**
	 * A Bundle whose AdverseEvents are handled one by one; a transaction is all or
	 * nothing.
	 */
	public FhirAnswer bundle(String version, FhirFormat format, byte[] body, String clientSource) {
		FhirDialect dialect = this.dialects.get(version);
		try {
			IBaseResource bundle = parse(dialect, format, body);
			if (!"Bundle".equals(bundle.fhirType())) {
				throw new InvalidInputException("resourceType", "must be Bundle, was " + bundle.fhirType());
			}
			FhirTerser terser = dialect.context().newTerser();
			String type = String.valueOf(terser.getSinglePrimitiveValueOrNull(bundle, "type"));
			if (!List.of("transaction", "batch", "collection", "searchset").contains(type)) {
				throw new InvalidInputException("Bundle.type",
						"must be transaction, batch, collection or searchset, was " + type);
			}
			List<Entry> entries = entries(dialect, terser, bundle, clientSource);
			ObjectNode response = "transaction".equals(type) ? transaction(entries) : batch(entries);
			return answer(dialect, format, 200, response, null);
		}
		catch (InvalidInputException ex) {
			return answer(dialect, format, 400, FhirResponses.outcome("error", "invalid", ex.problems()), null);
		}
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
				entries.add(new Entry(map(dialect, resource, index, clientSource), canonical(dialect, resource), null));
			}
			catch (InvalidInputException ex) {
				entries.add(new Entry(null, null, prefixed(i, ex.problems())));
			}
		}
		return entries;
	}

	private ObjectNode transaction(List<Entry> entries) {
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
			results.add((entry.report() != null) ? result(receipts.get(next++)) : notStored());
		}
		return FhirResponses.bundleResponse("transaction-response", results);
	}

	private ObjectNode batch(List<Entry> entries) {
		List<EntryResult> results = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.problems() != null) {
				results.add(new EntryResult("400 Bad Request", null,
						FhirResponses.outcome("error", "invalid", entry.problems())));
			}
			else if (entry.report() != null) {
				results.add(result(this.intake.accept(entry.report(), entry.payload())));
			}
			else {
				results.add(notStored());
			}
		}
		return FhirResponses.bundleResponse("batch-response", results);
	}

	private static EntryResult result(IntakeReceipt receipt) {
		return new EntryResult(receipt.isNew() ? "201 Created" : "200 OK", location(receipt), receiptOutcome(receipt));
	}

	private static EntryResult notStored() {
		return new EntryResult("200 OK", null,
				FhirResponses.information("not stored: used only to resolve references, if at all"));
	}

	private IncidentReport map(FhirDialect dialect, IBaseResource resource, ResourceIndex bundleIndex,
			String clientSource) {
		FhirTerser terser = dialect.context().newTerser();
		try {
			FhirFacts facts = dialect.read(resource, bundleIndex);
			StaffResolver staff = new StaffResolver(terser, bundleIndex, this.staffSystems);
			return new FhirReportMapper(staff, this.offerReporters).map(facts, clientSource);
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

	private static IBaseResource parse(FhirDialect dialect, FhirFormat format, byte[] body) {
		IParser parser = (format == FhirFormat.XML) ? dialect.context().newXmlParser()
				: dialect.context().newJsonParser();
		// Lenient where the meaning is clear (unknown elements, odd values), and silent:
		// HAPI's messages can quote values from the resource.
		parser.setParserErrorHandler(new QuietLenience());
		try {
			return parser.parseResource(new String(body, StandardCharsets.UTF_8));
		}
		catch (DataFormatException ex) {
			throw unreadable(dialect, format, where(ex));
		}
		catch (RuntimeException ex) {
			// HAPI's parser has been seen to fail with other exceptions on malformed
			// input (the
			// fuzzer found an index error on an empty element name): still the sender's
			// input.
			throw unreadable(dialect, format, "");
		}
	}

	private static InvalidInputException unreadable(FhirDialect dialect, FhirFormat format, String where) {
		return new InvalidInputException("body", "is not a readable FHIR " + dialect.version().toUpperCase() + " "
				+ format.name() + " resource" + where);
	}

	/** Keeps the parser's description of where it failed, drops any quoted input. */
	static String where(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		String sanitized = message.replaceAll("\"[^\"]*\"", "\"…\"")
			.replaceAll("'[^']*'", "'…'")
			.replaceAll("HAPI-\\d+: ", "");
		return sanitized.length() > 200 ? ": " + sanitized.substring(0, 200) + "…" : ": " + sanitized;
	}

	private static byte[] canonical(FhirDialect dialect, IBaseResource resource) {
		return dialect.context().newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	private static ObjectNode receiptOutcome(IntakeReceipt receipt) {
		String message = switch (receipt.outcome()) {
			case ACCEPTED -> "accepted as " + receipt.id();
			case ACCEPTED_NO_OUTREACH -> "accepted as " + receipt.id() + " without outreach: " + receipt.reason();
			case DUPLICATE -> "already received as " + receipt.id();
			case UPDATED -> "updated " + receipt.id() + ": " + receipt.reason();
		};
		return FhirResponses.information(message);
	}

	private static String location(IntakeReceipt receipt) {
		return "/api/v1/adverse-events/" + receipt.id();
	}

	private static List<FieldProblem> prefixed(int index, List<FieldProblem> problems) {
		return problems.stream()
			.map((problem) -> new FieldProblem("Bundle.entry[" + index + "]." + problem.field(), problem.reason()))
			.toList();
	}

	private FhirAnswer answer(FhirDialect dialect, FhirFormat format, int status, ObjectNode json, String location) {
		IBaseResource resource = dialect.context().newJsonParser().parseResource(json.toString());
		IParser encoder = (format == FhirFormat.XML) ? dialect.context().newXmlParser()
				: dialect.context().newJsonParser();
		return new FhirAnswer(status, format, encoder.encodeResourceToString(resource), location);
	}

	/**
	 * An AdverseEvent entry of a Bundle: mapped, or refused with problems; neither for
	 * other entries.
	 */
	private record Entry(IncidentReport report, byte[] payload, List<FieldProblem> problems) {
	}

}
