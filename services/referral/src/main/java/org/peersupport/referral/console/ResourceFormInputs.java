package org.peersupport.referral.console;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.console.ConsoleForm;
import org.peersupport.referral.catalog.SupportResource;

/**
 * The resource form: every field the API takes, in the API's names, with what the
 * resource holds now or what a refused form sent.
 */
final class ResourceFormInputs {

	private ResourceFormInputs() {
	}

	/**
	 * @param resource the resource as it is, or null for a new one
	 * @param sent what a refused form held, or null
	 */
	static FormInputs of(ConsoleForm form, SupportResource resource, ObjectNode sent) {
		Values values = (sent != null) ? new Values(sent) : Values.of(resource);
		FormInputs inputs = new FormInputs(form);
		if (resource == null) {
			inputs.text("code", "Short code", values.text("code"),
					"Upper-case letters, digits and hyphens, such as EAP-NORTH. It cannot be changed later.");
		}
		return inputs.text("name", "Name", values.text("name"), "What supporters and clinicians read.")
			.select("kind", "Kind of help", PlainWords.kinds(values.text("kind")),
					"Referrals of this kind point to the first resource of the kind.")
			.phone("phone", "Phone number", values.text("phone"), null)
			.link("url", "Web page", values.text("url"), "A full address, starting with https://")
			.text("hours", "Hours", values.text("hours"), "For example: 24 hours a day, every day.")
			.textarea("description", "What it offers", values.text("description"), null)
			.text("cost", "Cost to the clinician", values.text("cost"), "For example: Free.")
			.yesNo("confidential", "Is using it confidential from the employer?", values.flag("confidential"), null)
			.checkbox("crisis", "For a crisis right now", Boolean.TRUE.equals(values.flag("crisis")),
					"Shown first to a supporter when a check-in turns into a crisis.")
			.number("sortOrder", "Order in the list", values.text("sortOrder"),
					"Lower numbers come first, from 0 to 100000. Left empty: 100.");
	}

	/** The form's values, from the resource or from what was sent. */
	private record Values(JsonNode node) {

		static Values of(SupportResource resource) {
			ObjectNode node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
			if (resource != null) {
				node.put("name", resource.name());
				node.put("kind", resource.kind().name());
				node.put("phone", resource.phone());
				node.put("url", resource.url());
				node.put("hours", resource.hours());
				node.put("description", resource.description());
				node.put("cost", resource.cost());
				node.put("confidential", resource.confidential());
				node.put("crisis", resource.crisis());
				node.put("sortOrder", resource.sortOrder());
			}
			return new Values(node);
		}

		String text(String field) {
			JsonNode value = this.node.get(field);
			return (value == null || value.isNull() || value.isContainer()) ? null : value.asString();
		}

		Boolean flag(String field) {
			JsonNode value = this.node.get(field);
			return (value != null && value.isBoolean()) ? value.booleanValue() : null;
		}

	}

}
