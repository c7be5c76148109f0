package org.peersupport.outreach.console.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsoleForm.FormField;

import org.springframework.util.MultiValueMap;

/**
 * The policy form's model for its template: each section a fieldset, each field its input
 * kind, value, choices and problem.
 */
final class PolicyPage {

	private static final List<PolicyForm.Option> UNITS = List.of(new PolicyForm.Option("minutes", "minutes"),
			new PolicyForm.Option("hours", "hours"), new PolicyForm.Option("days", "days"));

	private PolicyPage() {
	}

	static List<Map<String, Object>> sections(ConsoleForm form, MultiValueMap<String, String> values) {
		Map<String, String> labels = PolicyForm.labels();
		List<Map<String, Object>> sections = new ArrayList<>();
		int n = 0;
		for (PolicyForm.Section section : PolicyForm.SECTIONS) {
			Map<String, Object> model = new HashMap<>();
			String group = (section.group() != null) ? section.group() : "section" + (++n);
			model.put("heading", section.heading());
			model.put("group", form.field(group, labels.getOrDefault(group, section.heading()), ""));
			List<Map<String, Object>> fields = new ArrayList<>();
			for (PolicyForm.Spec spec : section.fields()) {
				fields.add(field(form, spec, values));
			}
			model.put("fields", fields);
			sections.add(model);
		}
		return sections;
	}

	static Map<String, Object> field(ConsoleForm form, PolicyForm.Spec spec, MultiValueMap<String, String> values) {
		Map<String, Object> model = new HashMap<>();
		FormField field = form.field(spec.name(), spec.label(), values.getFirst(spec.name()));
		model.put("field", field);
		model.put("hint", spec.hint());
		model.put("hintId", field.id() + "-hint");
		// Every kind is set, true or false: a key left out would be looked up in the
		// enclosing page's model instead.
		for (PolicyForm.Kind kind : PolicyForm.Kind.values()) {
			model.put("is" + kind.name(), kind == spec.kind());
		}
		model.put("isTEXTUAL", spec.kind() == PolicyForm.Kind.TEXT || spec.kind() == PolicyForm.Kind.NUMBER);
		model.put("numeric", spec.kind() == PolicyForm.Kind.NUMBER);
		if (spec.kind() == PolicyForm.Kind.DURATION) {
			String unit = values.getFirst(PolicyForm.unit(spec.name()));
			model.put("unitName", PolicyForm.unit(spec.name()));
			model.put("units", options(UNITS, List.of((unit != null) ? unit : "hours")));
		}
		if (spec.kind() == PolicyForm.Kind.CHOICES || spec.kind() == PolicyForm.Kind.SCOPE) {
			model.put("options", options(spec.options(), values.getOrDefault(spec.name(), List.of())));
		}
		model.put("checked", values.containsKey(spec.name()) && !"".equals(values.getFirst(spec.name())));
		return model;
	}

	static List<Map<String, Object>> options(List<PolicyForm.Option> options, List<String> chosen) {
		List<Map<String, Object>> models = new ArrayList<>();
		for (PolicyForm.Option option : options) {
			models.add(Map.of("value", option.value(), "label", option.label(), "selected",
					chosen.contains(option.value())));
		}
		return models;
	}

}
