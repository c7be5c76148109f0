package org.peersupport.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.web.FieldProblem;

/**
 * A form's fields with the problems the server found, so each problem is shown next to
 * its field (and in a summary at the top that links to it). Field names are the API's
 * (problem+json) names, so the reader that checks the API checks the form too.
 */
public final class ConsoleForm {

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final Map<String, String> labels = new LinkedHashMap<>();

	private ConsoleForm(List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			this.problems.merge(problem.field(), problem.reason(), (a, b) -> a + "; " + b);
		}
	}

	/** A form as first shown. */
	public static ConsoleForm empty() {
		return new ConsoleForm(List.of());
	}

	/** A form sent back with what was wrong in it. */
	public static ConsoleForm refused(List<FieldProblem> problems) {
		return new ConsoleForm(problems);
	}

	/**
	 * One field, for a template: its name, the id of its input ({@code field-<name>}), a
	 * label in plain words, the value to show, and its problem if it has one.
	 */
	public FormField field(String name, String label, String value) {
		this.labels.put(name, label);
		String problem = this.problems.get(name);
		return new FormField(name, FormField.id(name), label, (value != null) ? value : "", problem);
	}

	/** Whether the server refused what was sent. */
	public boolean refused() {
		return !this.problems.isEmpty();
	}

	/**
	 * Every problem for the summary, in the order found: the field's label and a link to
	 * it, or the field's name when the page did not show it.
	 */
	public List<Map<String, String>> summary() {
		List<Map<String, String>> summary = new ArrayList<>();
		this.problems.forEach((name, reason) -> summary.add(Map.of("label", this.labels.getOrDefault(name, name),
				"reason", reason, "anchor", "#" + FormField.id(name))));
		return summary;
	}

	/**
	 * A field of a form.
	 *
	 * @param name the field's name as the API knows it
	 * @param id the id of its input element
	 * @param label what a person reads
	 * @param value the value to show in it
	 * @param problem what is wrong with it, or null
	 */
	public record FormField(String name, String id, String label, String value, String problem) {

		/**
		 * An element id from a field name ({@code retention.afterClose} →
		 * {@code field-retention-afterClose}).
		 */
		public static String id(String name) {
			return "field-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
		}

		/** For templates: {@code {{#hasProblem}}}. */
		public boolean hasProblem() {
			return this.problem != null;
		}

		/** The id of the element that holds the problem, for {@code aria-describedby}. */
		public String problemId() {
			return this.id + "-problem";
		}

	}

}
