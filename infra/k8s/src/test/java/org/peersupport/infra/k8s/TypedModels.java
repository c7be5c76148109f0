package org.peersupport.infra.k8s;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Reads Kubernetes and Strimzi documents into their typed models (fabric8, Strimzi's
 * {@code api} module), so a misspelled or misplaced field fails as it would at the API
 * server.
 *
 * <p>
 * Both model families keep unknown fields in an "additional properties" map (a Jackson
 * any-setter) instead of failing, so the mapper here removes every any-setter: an unknown
 * field then fails with Jackson's own error, which names the path.
 */
final class TypedModels {

	/** apiVersion and kind of every document with a typed model, and its class. */
	static final Map<String, Class<?>> MODELS = Map.of("v1/Namespace", Namespace.class, "v1/ConfigMap", ConfigMap.class,
			"v1/Service", Service.class, "v1/ServiceAccount", ServiceAccount.class, "apps/v1/Deployment",
			Deployment.class, "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
			"kafka.strimzi.io/v1beta2/Kafka", Kafka.class, "kafka.strimzi.io/v1beta2/KafkaNodePool",
			KafkaNodePool.class, "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class,
			"kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class);

	private static final ObjectMapper STRICT = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.registerModule(new SimpleModule("reject-unknown-properties").setDeserializerModifier(new NoAnySetter()));

	private TypedModels() {
	}

	static boolean isTyped(JsonNode document) {
		return MODELS.containsKey(key(document));
	}

	/**
	 * Reads the document into its typed model.
	 * @throws AssertionError naming the document and the field when it does not fit
	 */
	static Object read(JsonNode document) {
		Class<?> model = MODELS.get(key(document));
		if (model == null) {
			throw new AssertionError("No typed model for " + key(document));
		}
		try {
			return STRICT.treeToValue(document, model);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new AssertionError(
					Manifests.describe(document) + " does not match " + model.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private static String key(JsonNode document) {
		return document.path("apiVersion").asText() + "/" + document.path("kind").asText();
	}

	private static final class NoAnySetter extends BeanDeserializerModifier {

		@Override
		public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
				BeanDeserializerBuilder builder) {
			builder.setAnySetter(null);
			return builder;
		}

	}

}
