package org.peersupport.infra.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.contracts.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renders every overlay with {@code kubectl kustomize} and checks what a cluster would
 * get: every document against its typed model, and the platform's own rules (probes,
 * limits, non-root pods, one KafkaTopic per topic, ACLs that match what each service's
 * code produces and consumes).
 */
class ManifestsTest {

	static final List<String> SERVICES = List.of("intake", "outreach", "matching", "referral", "dashboard");

	/**
	 * Topics keyed by the adverse event's id (Topics' javadoc); all others by staff id.
	 */
	static final Set<String> EVENT_KEYED = Set.of(Topics.ADVERSE_EVENTS_REPORTED, Topics.ADVERSE_EVENTS_MILESTONES);

	static final Set<String> REQUIRED_ENV = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
			"SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAPSERVERS", "PEERSUPPORT_SECURITY_ISSUERURI",
			"PEERSUPPORT_SECURITY_AUDIENCES", "SERVER_PORT", "JAVA_TOOL_OPTIONS");

	static final Map<String, Set<String>> SERVICE_ENV = Map.of("matching",
			Set.of("PEERSUPPORT_MAIL_HOST", "PEERSUPPORT_MAIL_PORT", "PEERSUPPORT_LINKS_SECRET"), "referral",
			Set.of("PEERSUPPORT_REFERRAL_CRISIS_PAGERURL"));

	/** Settings that must come from a Secret, never from a ConfigMap. */
	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE|APIKEY|_KEY).*");

	/**
	 * A literal credential in a value: {@code password=x}, {@code password="x"}, a PEM
	 * key.
	 */
	static final Pattern SECRET_VALUE = Pattern
		.compile("(?i).*(password|secret|token)\\s*[=:]\\s*\"?(?!\\$\\{)[^\\s\";]+.*|.*-----BEGIN.*");

	static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

	private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

	private static final Map<String, ServiceTraffic> TRAFFIC = new ConcurrentHashMap<>();

	static Manifests overlay(String name) {
		return RENDERED.computeIfAbsent(name,
				(key) -> Manifests.parse(key, Kustomize.render(MODULE.resolve("overlays").resolve(key))));
	}

	static ServiceTraffic traffic(String service) {
		return TRAFFIC.computeIfAbsent(service, TrafficFromCode::of);
	}

	// --- typed models -------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyDocumentIsAKindThisTestValidates(String name) {
		Set<String> kinds = overlay(name).all()
			.stream()
			.map((document) -> document.path("apiVersion").asText() + "/" + document.path("kind").asText())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(kinds).allSatisfy(
				(kind) -> assertThat(TypedModels.MODELS.containsKey(kind) || OperatorResources.KINDS.containsKey(kind))
					.as("a known kind: " + kind)
					.isTrue());
		assertThat(kinds).contains("apps/v1/Deployment", "kafka.strimzi.io/v1beta2/KafkaTopic",
				"postgresql.cnpg.io/v1/Cluster", "keda.sh/v1alpha1/ScaledObject");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyKubernetesAndStrimziDocumentMatchesItsTypedModel(String name) {
		List<JsonNode> typed = overlay(name).all().stream().filter(TypedModels::isTyped).toList();
		assertThat(typed).hasSizeGreaterThan(50);
		typed.forEach(TypedModels::read);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyOperatorResourceHasItsRequiredFields(String name) {
		Manifests manifests = overlay(name);
		List<JsonNode> resources = manifests.all()
			.stream()
			.filter((document) -> !TypedModels.isTyped(document))
			.toList();
		assertThat(resources).isNotEmpty();
		resources.forEach((document) -> OperatorResources.check(document, manifests));
	}

	@Test
	void aMisspelledFieldFailsTheTypedModel() {
		ObjectNode deployment = overlay("dev").get("Deployment", "outreach").deepCopy();
		ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
		container.set("livenesProbe", container.remove("livenessProbe"));
		assertThatThrownBy(() -> TypedModels.read(deployment)).hasMessageContaining("livenesProbe");

		ObjectNode topic = overlay("dev").get("KafkaTopic", Topics.OUTREACH_DUE).deepCopy();
		((ObjectNode) topic.path("spec")).put("partition", 6);
		assertThatThrownBy(() -> TypedModels.read(topic)).hasMessageContaining("partition");
	}

	// --- Deployments -----------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyServiceHasADeploymentServiceDisruptionBudgetAndAccount(String name) {
		Manifests manifests = overlay(name);
		assertThat(manifests.ofKind("Deployment").map(Manifests::name)).containsExactlyInAnyOrderElementsOf(SERVICES);
		for (String service : SERVICES) {
			JsonNode pod = manifests.get("Deployment", service).at("/spec/template");
			JsonNode labels = pod.at("/metadata/labels");
			assertThat(selects(manifests.get("Service", service).at("/spec/selector"), labels)).as(service).isTrue();
			assertThat(manifests.get("Service", service).at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
			JsonNode budget = manifests.get("PodDisruptionBudget", service);
			assertThat(selects(budget.at("/spec/selector/matchLabels"), labels)).as(service).isTrue();
			assertThat(pod.at("/spec/serviceAccountName").asText()).isEqualTo(service);
			assertThat(manifests.get("ServiceAccount", service).path("automountServiceAccountToken").asBoolean(true))
				.as(service + " mounts no token")
				.isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyDeploymentProbesRequestsLimitsAndRunsUnprivileged(String name) {
		Manifests manifests = overlay(name);
		manifests.ofKind("Deployment").forEach((deployment) -> {
			String service = Manifests.name(deployment);
			JsonNode pod = deployment.at("/spec/template/spec");
			JsonNode container = pod.at("/containers/0");
			assertThat(pod.path("containers")).as(service).hasSize(1);
			assertThat(container.path("image").asText()).isEqualTo("ghcr.io/peersupport/" + service + "-service:0.1.0");
			assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
			assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
			assertProbe(container.path("livenessProbe"), "/actuator/health/liveness", service);
			assertProbe(container.path("readinessProbe"), "/actuator/health/readiness", service);
			assertProbe(container.path("startupProbe"), "/actuator/health/liveness", service);
			for (String kind : List.of("requests", "limits")) {
				for (String resource : List.of("cpu", "memory")) {
					assertThat(container.at("/resources/" + kind + "/" + resource).asText())
						.as(service + " " + kind + "." + resource)
						.isNotEmpty();
				}
			}
			assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(service + " runAsNonRoot").isTrue();
			assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
			assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
			assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
			JsonNode security = container.path("securityContext");
			assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(service).isTrue();
			assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(service).isFalse();
			assertThat(security.at("/capabilities/drop").toString()).as(service).isEqualTo("[\"ALL\"]");
			assertThat(tmpIsEmptyDir(pod, container)).as(service + " /tmp on an emptyDir").isTrue();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyDeploymentIsConfiguredFromItsConfigMapAndSecretOnly(String name) {
		Manifests manifests = overlay(name);
		for (String service : SERVICES) {
			JsonNode container = manifests.get("Deployment", service).at("/spec/template/spec/containers/0");
			Map<String, String> settings = new TreeMap<>();
			for (JsonNode source : container.path("envFrom")) {
				assertThat(source.has("configMapRef")).as(service + " envFrom a ConfigMap only").isTrue();
				JsonNode config = manifests.get("ConfigMap", source.at("/configMapRef/name").asText());
				config.path("data").properties().forEach((entry) -> settings.put(entry.getKey(), "configMap"));
				assertThat(config.path("data").path("JAVA_TOOL_OPTIONS").asText()).contains("-XX:MaxRAMPercentage=75");
				assertThat(config.path("data").path("SPRING_DATASOURCE_URL").asText())
					.contains("?currentSchema=" + service);
			}
			for (JsonNode variable : container.path("env")) {
				String variableName = variable.path("name").asText();
				assertThat(variable.has("value")).as(service + " " + variableName + " is a literal").isFalse();
				JsonNode secret = variable.at("/valueFrom/secretKeyRef");
				assertThat(secret.path("name").asText()).as(service + " " + variableName)
					.isEqualTo(service + "-credentials");
				settings.put(variableName, "secret");
			}
			Set<String> required = new TreeSet<>(REQUIRED_ENV);
			required.addAll(SERVICE_ENV.getOrDefault(service, Set.of()));
			assertThat(settings.keySet()).as(service).containsAll(required);
			settings.forEach((variable, source) -> {
				if (SECRET_NAME.matcher(variable).matches()) {
					assertThat(source).as(service + " " + variable + " must come from the Secret").isEqualTo("secret");
				}
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void noConfigMapHoldsASecret(String name) {
		List<String> leaks = new ArrayList<>();
		overlay(name).ofKind("ConfigMap").forEach((config) -> config.path("data").properties().forEach((entry) -> {
			if (SECRET_NAME.matcher(entry.getKey()).matches()
					|| SECRET_VALUE.matcher(entry.getValue().asText()).matches()) {
				leaks.add(Manifests.name(config) + ": " + entry.getKey());
			}
		}));
		assertThat(leaks).isEmpty();
	}

	// --- Kafka -----------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void theKafkaClusterIsKraftWithTlsAuthenticationAndAcls(String name) {
		Manifests manifests = overlay(name);
		JsonNode kafka = manifests.ofKind("Kafka").findFirst().orElseThrow();
		assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
		assertThat(kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText()).isEqualTo("enabled");
		JsonNode listeners = kafka.at("/spec/kafka/listeners");
		assertThat(listeners).isNotEmpty().allSatisfy((listener) -> {
			assertThat(listener.path("tls").asBoolean()).as("listener " + listener.path("name")).isTrue();
			assertThat(listener.at("/authentication/type").asText()).isIn("tls", "scram-sha-512");
		});
		assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
		JsonNode pool = manifests.ofKind("KafkaNodePool").findFirst().orElseThrow();
		assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(Manifests.name(kafka));
		assertThat(pool.at("/spec/roles").toString()).contains("controller", "broker");
		assertThat(pool.at("/spec/storage/type").asText()).isEqualTo("persistent-claim");
		int brokers = pool.at("/spec/replicas").asInt();
		JsonNode config = kafka.at("/spec/kafka/config");
		int replication = config.path("default.replication.factor").asInt();
		int minInSync = config.path("min.insync.replicas").asInt();
		assertThat(replication).isBetween(1, brokers);
		assertThat(minInSync).isBetween(1, replication);
		assertThat(config.path("offsets.topic.replication.factor").asInt()).isBetween(1, brokers);
		if (brokers > 1) {
			// acks=all must survive one broker down: fewer in-sync replicas than
			// replicas.
			assertThat(minInSync).isLessThan(replication);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyPlatformTopicHasExactlyOneKafkaTopic(String name) {
		Manifests manifests = overlay(name);
		int brokers = manifests.ofKind("KafkaNodePool").mapToInt((pool) -> pool.at("/spec/replicas").asInt()).sum();
		Map<String, List<JsonNode>> byTopic = manifests.ofKind("KafkaTopic")
			.collect(Collectors.groupingBy(ManifestsTest::topicName));
		for (String topic : Topics.all()) {
			assertThat(byTopic.get(topic)).as(topic).hasSize(1);
			JsonNode spec = byTopic.get(topic).get(0).path("spec");
			String cleanup = spec.at("/config/cleanup.policy").asText();
			if (Topics.isCompacted(topic)) {
				assertThat(cleanup).as(topic).isEqualTo("compact");
			}
			else {
				assertThat(cleanup).as(topic).isEqualTo("delete");
				assertThat(spec.at("/config/retention.ms").asLong()).as(topic + " retention").isPositive();
			}
			assertThat(spec.path("partitions").asInt()).as(topic + " partitions")
				.isEqualTo(EVENT_KEYED.contains(topic) ? 3 : 6);
		}
		manifests.ofKind("KafkaTopic").forEach((topic) -> {
			assertThat(topic.at("/spec/replicas").asInt()).as(topicName(topic)).isBetween(1, brokers);
			assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("peersupport");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyConsumerGroupHasItsDeadLetterTopic(String name) {
		Set<String> topics = overlay(name).ofKind("KafkaTopic")
			.map(ManifestsTest::topicName)
			.collect(Collectors.toSet());
		Set<String> groups = consumerGroups();
		assertThat(groups).contains("intake", "outreach", "matching", "matching-notifications", "referral",
				"dashboard");
		groups.forEach((group) -> assertThat(topics).contains(Topics.deadLetterTopic(group)));
		Set<String> expected = new TreeSet<>(Topics.all());
		groups.forEach((group) -> expected.add(Topics.deadLetterTopic(group)));
		assertThat(topics).as("no topic nobody uses").containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyKafkaUserMayDoExactlyWhatItsServiceDoes(String name) {
		Manifests manifests = overlay(name);
		assertThat(manifests.ofKind("KafkaUser").map(Manifests::name)).containsExactlyInAnyOrderElementsOf(SERVICES);
		for (String service : SERVICES) {
			JsonNode user = manifests.get("KafkaUser", service);
			assertThat(user.at("/spec/authorization/type").asText()).isEqualTo("simple");
			assertThat(user.at("/spec/authentication/password/valueFrom/secretKeyRef/name").asText())
				.isEqualTo(service + "-credentials");
			assertThat(granted(user)).as(service + "'s ACLs").isEqualTo(expectedAcls(traffic(service)));
		}
	}

	@Test
	void theCodeReadsAsTheDesignSays() {
		// A sanity check of the reading itself, so an empty reading cannot pass the ACL
		// test.
		assertThat(traffic("intake").produces()).containsExactlyInAnyOrder(Topics.ADVERSE_EVENTS_REPORTED,
				Topics.ADVERSE_EVENTS_MILESTONES);
		assertThat(traffic("intake").consumedTopics()).containsExactly(Topics.OUTREACH_ERASURE_REQUESTED);
		assertThat(traffic("intake").consumes().keySet()).containsExactly("intake");
		assertThat(traffic("matching").consumes().keySet()).containsExactlyInAnyOrder("matching",
				"matching-notifications");
		assertThat(traffic("dashboard").consumedTopics()).containsExactlyInAnyOrderElementsOf(Topics.all());
		assertThat(traffic("dashboard").produces()).isEmpty();
	}

	@Test
	void theAsyncApiDocumentAgreesWithTheCode() {
		AsyncApiTraffic documented = AsyncApiTraffic.read(MODULE.resolve("../../docs/asyncapi.yaml").normalize());
		for (String service : SERVICES) {
			ServiceTraffic traffic = traffic(service);
			assertThat(documented.sends(service)).as(service + " sends").isEqualTo(traffic.produces());
			assertThat(documented.receives(service)).as(service + " receives").isEqualTo(traffic.consumedTopics());
		}
		assertThat(documented.deadLetterGroups()).isEqualTo(consumerGroups());
	}

	// --- autoscaling, database, overlays -----------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void outreachAndMatchingScaleOnTheLagOfEachOfTheirGroups(String name) {
		Manifests manifests = overlay(name);
		assertThat(manifests.ofKind("ScaledObject").map(Manifests::name)).containsExactlyInAnyOrder("outreach",
				"matching");
		for (String service : List.of("outreach", "matching")) {
			JsonNode scaled = manifests.get("ScaledObject", service);
			assertThat(scaled.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
			Set<String> groups = new TreeSet<>();
			scaled.at("/spec/triggers").forEach((trigger) -> {
				assertThat(trigger.path("type").asText()).isEqualTo("kafka");
				groups.add(trigger.at("/metadata/consumerGroup").asText());
			});
			assertThat(groups).isEqualTo(traffic(service).consumes().keySet());
			assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isLessThanOrEqualTo(6);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void theDatabaseHasARoleAndASchemaPerService(String name) {
		JsonNode cluster = overlay(name).get("Cluster", "peersupport-db");
		Map<String, String> roles = new TreeMap<>();
		cluster.at("/spec/managed/roles")
			.forEach((role) -> roles.put(role.path("name").asText(), role.at("/passwordSecret/name").asText()));
		String bootstrap = cluster.at("/spec/bootstrap/initdb/postInitApplicationSQL").toString();
		for (String service : SERVICES) {
			assertThat(roles).containsEntry(service, service + "-credentials");
			assertThat(bootstrap).contains("CREATE SCHEMA " + service + " AUTHORIZATION " + service);
		}
	}

	@Test
	void devRunsOneOfEverything() {
		Manifests dev = overlay("dev");
		dev.ofKind("Deployment")
			.forEach((deployment) -> assertThat(deployment.at("/spec/replicas").asInt())
				.as(Manifests.describe(deployment))
				.isEqualTo(1));
		dev.ofKind("ScaledObject").forEach((scaled) -> assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isOne());
		assertThat(dev.get("KafkaNodePool", "brokers").at("/spec/replicas").asInt()).isOne();
		dev.ofKind("KafkaTopic").forEach((topic) -> assertThat(topic.at("/spec/replicas").asInt()).isOne());
		assertThat(dev.get("Cluster", "peersupport-db").at("/spec/instances").asInt()).isOne();
	}

	@Test
	void prodRunsEverythingTwiceAndThreeBrokers() {
		Manifests prod = overlay("prod");
		prod.ofKind("Deployment")
			.forEach((deployment) -> assertThat(deployment.at("/spec/replicas").asInt())
				.as(Manifests.describe(deployment))
				.isGreaterThanOrEqualTo(2));
		prod.ofKind("ScaledObject")
			.forEach((scaled) -> assertThat(scaled.at("/spec/minReplicaCount").asInt()).isGreaterThanOrEqualTo(2));
		assertThat(prod.get("KafkaNodePool", "brokers").at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(3);
		prod.ofKind("KafkaTopic").forEach((topic) -> assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3));
		JsonNode config = prod.get("Kafka", "peersupport").at("/spec/kafka/config");
		assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
		assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
		assertThat(prod.get("Cluster", "peersupport-db").at("/spec/instances").asInt()).isEqualTo(3);
	}

	// --- helpers ---------------------------------------------------------------

	static Set<String> consumerGroups() {
		Set<String> groups = new TreeSet<>();
		SERVICES.forEach((service) -> groups.addAll(traffic(service).consumes().keySet()));
		return groups;
	}

	/** What a service's user must be granted, no more. */
	static Set<String> expectedAcls(ServiceTraffic traffic) {
		Set<String> acls = new TreeSet<>();
		traffic.produces()
			.forEach((topic) -> acls.addAll(List.of("topic:" + topic + ":Write", "topic:" + topic + ":Describe")));
		traffic.consumedTopics()
			.forEach((topic) -> acls.addAll(List.of("topic:" + topic + ":Read", "topic:" + topic + ":Describe")));
		traffic.consumes().keySet().forEach((group) -> {
			String deadLetters = Topics.deadLetterTopic(group);
			acls.addAll(List.of("group:" + group + ":Read", "topic:" + deadLetters + ":Write",
					"topic:" + deadLetters + ":Describe"));
		});
		return acls;
	}

	static Set<String> granted(JsonNode user) {
		Set<String> acls = new TreeSet<>();
		user.at("/spec/authorization/acls").forEach((acl) -> {
			JsonNode resource = acl.path("resource");
			assertThat(resource.path("patternType").asText("literal")).as("no prefixed ACLs").isEqualTo("literal");
			List<String> operations = new ArrayList<>();
			acl.path("operations").forEach((operation) -> operations.add(operation.asText()));
			if (acl.has("operation")) {
				operations.add(acl.path("operation").asText());
			}
			operations.forEach((operation) -> acls
				.add(resource.path("type").asText() + ":" + resource.path("name").asText() + ":" + operation));
		});
		return acls;
	}

	static String topicName(JsonNode topic) {
		String topicName = topic.at("/spec/topicName").asText();
		return topicName.isEmpty() ? Manifests.name(topic) : topicName;
	}

	static boolean selects(JsonNode selector, JsonNode labels) {
		if (selector.isMissingNode() || selector.isEmpty()) {
			return false;
		}
		for (Map.Entry<String, JsonNode> entry : selector.properties()) {
			if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText())) {
				return false;
			}
		}
		return true;
	}

	static void assertProbe(JsonNode probe, String path, String service) {
		assertThat(probe.at("/httpGet/path").asText()).as(service + " probe path").isEqualTo(path);
		assertThat(probe.at("/httpGet/port").asText()).as(service + " probe port").isEqualTo("http");
	}

	static boolean tmpIsEmptyDir(JsonNode pod, JsonNode container) {
		for (JsonNode mount : container.path("volumeMounts")) {
			if (mount.path("mountPath").asText().equals("/tmp")) {
				for (JsonNode volume : pod.path("volumes")) {
					if (volume.path("name").asText().equals(mount.path("name").asText())) {
						return volume.has("emptyDir");
					}
				}
			}
		}
		return false;
	}

}
