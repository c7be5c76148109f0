package org.peersupport.intake.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;

/**
 * Lenient parsing that never logs: real senders are not fully conformant (unknown
 * elements, a repeated element, a dangling contained reference), and HAPI's own lenient
 * handler would write their values — which may be clinical — to the log. Only an invalid
 * primitive value the mapping needs fails later, with a message that names the field and
 * not the value.
 */
final class QuietLenience implements IParserErrorHandler {

	@Override
	public void containedResourceWithNoId(IParseLocation location) {
	}

	@Override
	public void incorrectJsonType(IParseLocation location, String elementName, BaseJsonLikeValue.ValueType expected,
			BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
			BaseJsonLikeValue.ScalarType foundScalar) {
	}

	@Override
	public void invalidValue(IParseLocation location, String value, String error) {
	}

	@Override
	public void missingRequiredElement(IParseLocation location, String elementName) {
	}

	@Override
	public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
	}

	@Override
	public void unknownAttribute(IParseLocation location, String attributeName) {
	}

	@Override
	public void unknownElement(IParseLocation location, String elementName) {
	}

	@Override
	public void unknownReference(IParseLocation location, String reference) {
	}

	@Override
	public void invalidInternalReference(IParseLocation location, String reference) {
	}

	@Override
	public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
	}

}
