package org.peersupport.outreach.invitation;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

/**
 * Compiles and renders invitation templates with JMustache. Every value is HTML-escaped,
 * and templates may not switch escaping off ({@code {{{x}}}} or {@code {{& x}}}), so a
 * name such as {@code <script>} arrives as text, never as markup.
 */
final class InvitationWording {

	static final Set<String> VARIABLES = Set.of("name", "facility", "programName");

	private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/!>&{]?)\\s*([^}]*?)\\s*}?}}");

	private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).strictSections(true);

	private InvitationWording() {
	}

	/** Validates a template's subject and body, naming each bad field. */
	static void validate(String subject, String body) {
		List<FieldProblem> problems = new ArrayList<>();
		check("subject", subject, 200, problems);
		check("body", body, 5000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static String render(String template, Map<String, String> values) {
		Template compiled = COMPILER.compile(new StringReader(template));
		return compiled.execute(values);
	}

	private static void check(String field, String text, int maxLength, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return;
		}
		if (text.length() > maxLength) {
			problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
			return;
		}
		Matcher tags = TAG.matcher(text);
		while (tags.find()) {
			String kind = tags.group(1);
			String variable = tags.group(2);
			if (kind.equals("&") || kind.equals("{")) {
				problems.add(new FieldProblem(field,
						"must not switch off escaping ({{{" + variable + "}}} or {{&" + variable + "}})"));
			}
			else if (kind.equals(">")) {
				problems.add(new FieldProblem(field, "must not include partials"));
			}
			else if (!kind.equals("!") && !VARIABLES.contains(variable)) {
				problems.add(new FieldProblem(field,
						"uses {{" + variable + "}}; the variables are " + VARIABLES.stream().sorted().toList()));
			}
		}
		try {
			COMPILER.compile(new StringReader(text));
		}
		catch (MustacheException ex) {
			problems.add(new FieldProblem(field, "is not a valid template: " + ex.getMessage()));
		}
	}

}
