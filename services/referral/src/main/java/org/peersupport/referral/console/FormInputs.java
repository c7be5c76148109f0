package org.peersupport.referral.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsoleForm.FormField;
import org.peersupport.console.ConsoleTemplates;

/**
 * A form's inputs rendered one way on every referral console page: a label (and hint) for
 * each, the problem the server found next to its field and tied to it with
 * {@code aria-describedby}. The HTML it renders is escaped, so a page includes it as is.
 */
final class FormInputs {

	private static final Template INPUTS = ConsoleTemplates.body("inputs");

	private final ConsoleForm form;

	private final List<Map<String, Object>> inputs = new ArrayList<>();

	FormInputs(ConsoleForm form) {
		this.form = form;
	}

	FormInputs text(String name, String label, String value, String hint) {
		return add("text", name, label, value, hint).with("type", "text");
	}

	FormInputs phone(String name, String label, String value, String hint) {
		return add("text", name, label, value, hint).with("type", "tel");
	}

	FormInputs link(String name, String label, String value, String hint) {
		return add("text", name, label, value, hint).with("type", "url");
	}

	FormInputs number(String name, String label, Object value, String hint) {
		return add("text", name, label, (value != null) ? value.toString() : null, hint).with("type", "number");
	}

	FormInputs textarea(String name, String label, String value, String hint) {
		return add("textarea", name, label, value, hint);
	}

	FormInputs select(String name, String label, List<Map<String, Object>> choices, String hint) {
		return add("select", name, label, null, hint).with("choices", choices);
	}

	FormInputs checkbox(String name, String label, boolean checked, String hint) {
		return add("checkbox", name, label, null, hint).with("checked", checked);
	}

	/** A yes-or-no question that must be answered; null is neither. */
	FormInputs yesNo(String name, String label, Boolean value, String hint) {
		return add("yesNo", name, label, null, hint).with("yes", Boolean.TRUE.equals(value))
			.with("no", Boolean.FALSE.equals(value));
	}

	String html() {
		return INPUTS.execute(Map.of("inputs", this.inputs));
	}

	private FormInputs add(String kind, String name, String label, String value, String hint) {
		FormField field = this.form.field(name, label, value);
		Map<String, Object> input = new HashMap<>();
		input.put(kind, true);
		input.put("field", field);
		input.put("hint", hint);
		this.inputs.add(input);
		return this;
	}

	private FormInputs with(String key, Object value) {
		Map<String, Object> last = this.inputs.get(this.inputs.size() - 1);
		last.put(key, value);
		return this;
	}

}
