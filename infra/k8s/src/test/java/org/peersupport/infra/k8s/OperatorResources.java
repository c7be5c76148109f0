package org.peersupport.infra.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks for the CloudNativePG and KEDA kinds, whose typed models are not on Maven
 * Central: apiVersion and kind, the fields each needs, the fields of {@code spec} this
 * platform may use (so a misspelled one fails), and references to other documents.
 */
final class OperatorResources {

	/** apiVersion/kind, and the fields its spec may have (from the operators' CRDs). */
	static final Map<String, Set<String>> KINDS = Map.of("postgresql.cnpg.io/v1/Cluster", Set.of("instances",
			"imageName", "storage", "walStorage", "bootstrap", "managed", "postgresql", "resources", "affinity",
			"monitoring", "backup", "enableSuperuserAccess", "primaryUpdateStrategy", "description"),
			"keda.sh/v1alpha1/ScaledObject",
			Set.of("scaleTargetRef", "pollingInterval", "cooldownPeriod", "initialCooldownPeriod", "idleReplicaCount",
					"minReplicaCount", "maxReplicaCount", "fallback", "advanced", "triggers"),
			"keda.sh/v1alpha1/TriggerAuthentication",
			Set.of("secretTargetRef", "configMapTargetRef", "env", "podIdentity", "hashiCorpVault"));

	private static final Set<String> KAFKA_TRIGGER = Set.of("bootstrapServers", "consumerGroup", "topic",
			"lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers", "sasl", "tls");

	private OperatorResources() {
	}

	static void check(JsonNode document, Manifests manifests) {
		String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
		Set<String> allowed = KINDS.get(key);
		assertThat(allowed).as("a known kind: " + key).isNotNull();
		String what = Manifests.describe(document);
		assertThat(Manifests.name(document)).as(what + " has a name").isNotEmpty();
		JsonNode spec = document.path("spec");
		spec.fieldNames().forEachRemaining((field) -> assertThat(allowed).as(what + " spec." + field).contains(field));
		switch (document.path("kind").asText()) {
			case "Cluster" -> cluster(what, spec);
			case "ScaledObject" -> scaledObject(what, spec, manifests);
			default -> triggerAuthentication(what, spec);
		}
	}

	private static void cluster(String what, JsonNode spec) {
		assertThat(spec.path("instances").isInt() && spec.path("instances").asInt() >= 1).as(what + " instances")
			.isTrue();
		assertThat(spec.at("/storage/size").asText()).as(what + " storage.size").matches("\\d+(Mi|Gi|Ti)");
		assertThat(spec.at("/bootstrap/initdb/database").asText()).as(what + " bootstrap database").isNotEmpty();
		assertThat(spec.at("/managed/roles")).as(what + " managed roles").isNotEmpty().allSatisfy((role) -> {
			assertThat(role.path("name").asText()).isNotEmpty();
			assertThat(role.path("ensure").asText("present")).isIn("present", "absent");
			assertThat(role.path("login").isBoolean()).isTrue();
			assertThat(role.at("/passwordSecret/name").asText()).isNotEmpty();
		});
	}

	private static void scaledObject(String what, JsonNode spec, Manifests manifests) {
		String target = spec.at("/scaleTargetRef/name").asText();
		assertThat(manifests.find("Deployment", target)).as(what + " scales a Deployment that exists").isPresent();
		int min = spec.path("minReplicaCount").asInt(0);
		int max = spec.path("maxReplicaCount").asInt(100);
		assertThat(min).as(what + " min <= max").isLessThanOrEqualTo(max);
		assertThat(spec.path("triggers")).as(what + " triggers").isNotEmpty().allSatisfy((trigger) -> {
			assertThat(trigger.path("type").asText()).isEqualTo("kafka");
			JsonNode metadata = trigger.path("metadata");
			for (String required : List.of("bootstrapServers", "consumerGroup", "lagThreshold")) {
				assertThat(metadata.path(required).asText()).as(what + " trigger " + required).isNotEmpty();
			}
			metadata.fieldNames()
				.forEachRemaining(
						(field) -> assertThat(KAFKA_TRIGGER).as(what + " kafka trigger " + field).contains(field));
			// KEDA reads every metadata value as a string.
			metadata.forEach((value) -> assertThat(value.isTextual()).as(what + " quoted metadata").isTrue());
			String authentication = trigger.at("/authenticationRef/name").asText();
			assertThat(manifests.find("TriggerAuthentication", authentication))
				.as(what + " authentication " + authentication)
				.isPresent();
		});
	}

	private static void triggerAuthentication(String what, JsonNode spec) {
		assertThat(spec.path("secretTargetRef")).as(what + " secretTargetRef").isNotEmpty().allSatisfy((reference) -> {
			for (String required : List.of("parameter", "name", "key")) {
				assertThat(reference.path(required).asText()).as(what + " " + required).isNotEmpty();
			}
		});
	}

}
