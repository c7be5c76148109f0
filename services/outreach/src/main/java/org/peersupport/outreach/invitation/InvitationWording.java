package org.peersupport.outreach.invitation;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import org.peersupport.web.FieldReader;

/**
 * Compiles and renders invitation templates with JMustache. Every value is HTML-escaped,
 * and templates may not switch escaping off ({@code {{{x}}}} or {@code {{& x}}}), so a
 * name such as {@code <script>} arrives as text, never as markup.
 */
public final class InvitationWording {

	static final Set<String> VARIABLES = Set.of("name", "facility", "programName");

	private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/!>&{]?)\\s*([^}]*?)\\s*}?}}");

	private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).strictSections(true);

	private InvitationWording() {
	}

	/** Validates a template's subject and body, naming each bad field. */
	static void validate(String subject, String body) {
		FieldReader template = FieldReader.parameters();
		subject(template.parameter("subject", subject));
		body(template.parameter("body", body));
		template.check();
	}

	/**
	 * Reads a template's subject, recording its problems on the field (a campaign's
	 * {@code invitation.subject}).
	 * @return the subject, or null when it is missing
	 */
	public static String subject(FieldReader field) {
		return check(field, 200);
	}

	/** Reads a template's body, as {@link #subject(FieldReader)}. */
	public static String body(FieldReader field) {
		return check(field, 5000);
	}

	static String render(String template, Map<String, String> values) {
		Template compiled = COMPILER.compile(new StringReader(template));
		return compiled.execute(values);
	}

	private static String check(FieldReader field, int maxLength) {
		String text = field.prose(maxLength).required();
		if (text == null) {
			return null;
		}
		Matcher tags = TAG.matcher(text);
		while (tags.find()) {
			String kind = tags.group(1);
			String variable = tags.group(2);
			if (kind.equals("&") || kind.equals("{")) {
				field.problem("must not switch off escaping ({{{" + variable + "}}} or {{&" + variable + "}})");
			}
			else if (kind.equals(">")) {
				field.problem("must not include partials");
			}
			else if (!kind.equals("!") && !VARIABLES.contains(variable)) {
				field.problem("uses {{" + variable + "}}; the variables are " + VARIABLES.stream().sorted().toList());
			}
		}
		try {
			COMPILER.compile(new StringReader(text));
		}
		catch (MustacheException ex) {
			field.problem("is not a valid template: " + ex.getMessage());
		}
		return text;
	}

}
