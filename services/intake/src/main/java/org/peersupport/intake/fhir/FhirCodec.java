package org.peersupport.intake.fhir;

import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.web.InvalidInputException;

/**
 * Reads and writes FHIR resources with HAPI, in the request's encoding. A body HAPI
 * cannot read is the sender's problem, told without quoting it: parser messages can carry
 * values from the resource.
 */
final class FhirCodec {

	private FhirCodec() {
	}

	/** Parses a resource of the expected type, or refuses the body. */
	static IBaseResource parse(FhirDialect dialect, FhirFormat format, byte[] body, String resourceType) {
		IBaseResource resource = parse(dialect, format, body);
		if (!resourceType.equals(resource.fhirType())) {
			throw new InvalidInputException("resourceType", "must be " + resourceType + ", was " + resource.fhirType());
		}
		return resource;
	}

	private static IBaseResource parse(FhirDialect dialect, FhirFormat format, byte[] body) {
		IParser parser = parser(dialect, format);
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
			// input (the fuzzer found an index error on an empty element name): still
			// the sender's input.
			throw unreadable(dialect, format, "");
		}
	}

	/** The resource as JSON, the form intake hashes and stores. */
	static byte[] canonical(FhirDialect dialect, IBaseResource resource) {
		return dialect.context().newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An answer built as JSON (see {@link FhirResponses}), parsed by the version's own
	 * parser and encoded like any resource.
	 */
	static String encode(FhirDialect dialect, FhirFormat format, ObjectNode json) {
		IBaseResource resource = dialect.context().newJsonParser().parseResource(json.toString());
		return parser(dialect, format).encodeResourceToString(resource);
	}

	/** Keeps the parser's description of where it failed, drops any quoted input. */
	static String where(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		String sanitized = message.replaceAll("\"[^\"]*\"", "\"…\"")
			.replaceAll("'[^']*'", "'…'")
			.replaceAll("HAPI-\\d+: ", "");
		return sanitized.length() > 200 ? ": " + sanitized.substring(0, 200) + "…" : ": " + sanitized;
	}

	private static IParser parser(FhirDialect dialect, FhirFormat format) {
		return (format == FhirFormat.XML) ? dialect.context().newXmlParser() : dialect.context().newJsonParser();
	}

	private static InvalidInputException unreadable(FhirDialect dialect, FhirFormat format, String where) {
		return new InvalidInputException("body", "is not a readable FHIR " + dialect.version().toUpperCase() + " "
				+ format.name() + " resource" + where);
	}

}
