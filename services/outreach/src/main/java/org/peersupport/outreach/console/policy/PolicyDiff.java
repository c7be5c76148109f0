package org.peersupport.outreach.console.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.peersupport.outreach.policy.OutreachPolicy;

import org.springframework.util.MultiValueMap;

/**
 * What changed between two versions of a policy, field by field, in the words and units
 * the form shows ("Severe harm: 2 hours → 1 hour"), never as documents.
 */
final class PolicyDiff {

	private PolicyDiff() {
	}

	/**
	 * One changed field.
	 *
	 * @param field where it is on the form ("Follow-ups: Follow-up 2")
	 * @param before its value before, in words
	 * @param after its value after
	 */
	record Change(String field, String before, String after) {
	}

	/** The changes from {@code before} (null for the first version) to {@code after}. */
	static List<Change> between(OutreachPolicy before, OutreachPolicy after) {
		MultiValueMap<String, String> old = (before != null) ? PolicyForm.values(before) : null;
		MultiValueMap<String, String> now = PolicyForm.values(after);
		List<Change> changes = new ArrayList<>();
		for (PolicyForm.Section section : PolicyForm.SECTIONS) {
			for (PolicyForm.Spec spec : section.fields()) {
				String was = (old != null) ? words(spec, old) : null;
				String is = words(spec, now);
				if (!Objects.equals(was, is)) {
					changes.add(new Change(section.heading() + ": " + spec.label(), (was != null) ? was : "—", is));
				}
			}
		}
		return changes;
	}

	/** A field's value in words. */
	static String words(PolicyForm.Spec spec, MultiValueMap<String, String> values) {
		String value = values.getFirst(spec.name());
		boolean empty = value == null || value.isBlank();
		return switch (spec.kind()) {
			case DURATION ->
				empty ? "none" : PlainWords.duration(duration(value, values.getFirst(PolicyForm.unit(spec.name()))));
			case TIME -> empty ? "none" : value;
			case TEXT, NUMBER -> empty ? "none" : value;
			case FLAG -> empty ? "no" : "yes";
			case SCOPE -> spec.options()
				.stream()
				.filter((option) -> option.value().equals(value))
				.map(PolicyForm.Option::label)
				.findFirst()
				.orElse("none");
			case CHOICES -> {
				List<String> checked = values.getOrDefault(spec.name(), List.of());
				String labels = spec.options()
					.stream()
					.filter((option) -> checked.contains(option.value()))
					.map(PolicyForm.Option::label)
					.collect(Collectors.joining(", "));
				yield labels.isEmpty() ? "none" : labels;
			}
		};
	}

	private static Duration duration(String amount, String unit) {
		long n = Long.parseLong(amount);
		return switch (String.valueOf(unit)) {
			case "days" -> Duration.ofDays(n);
			case "minutes" -> Duration.ofMinutes(n);
			default -> Duration.ofHours(n);
		};
	}

}
