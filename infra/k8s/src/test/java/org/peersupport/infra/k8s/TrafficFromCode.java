package org.peersupport.infra.k8s;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Reads a service's Kafka traffic from its compiled code: every {@code @KafkaListener}
 * (topics and consumer group) and every call of {@link Outbox#publish} with the
 * {@link Events} constant it passes. Anything this reading cannot resolve fails loudly,
 * so a new way of publishing cannot slip past the ACL check.
 */
final class TrafficFromCode {

	private static final PropertyPlaceholderHelper PLACEHOLDERS = new PropertyPlaceholderHelper("${", "}", ":", null,
			true);

	private TrafficFromCode() {
	}

	static ServiceTraffic of(String service) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.peersupport." + service);
		if (classes.isEmpty()) {
			throw new AssertionError("No classes of " + service + " on the test class path");
		}
		return new ServiceTraffic(service, produced(classes), consumed(service, classes));
	}

	private static Set<String> produced(JavaClasses classes) {
		Set<String> topics = new TreeSet<>();
		for (JavaClass type : classes) {
			for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
				if (call.getTargetOwner().isEquivalentTo(Outbox.class) && call.getName().equals("publish")) {
					topics.add(eventTypeAt(call).topic());
				}
			}
		}
		return topics;
	}

	/** The {@code Events} constant read on the line of a publish call. */
	private static EventType<?> eventTypeAt(JavaMethodCall call) {
		List<JavaFieldAccess> reads = call.getOrigin()
			.getFieldAccesses()
			.stream()
			.filter((access) -> access.getTargetOwner().isEquivalentTo(Events.class))
			.filter((access) -> access.getLineNumber() == call.getLineNumber())
			.toList();
		if (reads.size() != 1) {
			throw new AssertionError("Cannot tell which event " + call.getDescription()
					+ " publishes: expected one Events constant on its line, found " + reads.size());
		}
		try {
			return (EventType<?>) Events.class.getField(reads.get(0).getName()).get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Set<String>> consumed(String service, JavaClasses classes) {
		Properties defaults = new Properties();
		// Every service's group is its name (messaging's defaults); none overrides it.
		defaults.setProperty("spring.application.name", service);
		defaults.setProperty("spring.kafka.consumer.group-id", service);
		Map<String, Set<String>> groups = new TreeMap<>();
		for (JavaClass type : classes) {
			for (JavaMethod method : type.getMethods()) {
				if (!method.isAnnotatedWith(KafkaListener.class)) {
					continue;
				}
				Method reflected = method.reflect();
				KafkaListener listener = reflected.getAnnotation(KafkaListener.class);
				if (!listener.topicPattern().isEmpty() || listener.topicPartitions().length > 0) {
					throw new AssertionError(method.getFullName() + " uses topicPattern or topicPartitions, "
							+ "which this check cannot read");
				}
				String group = group(listener, defaults);
				for (String topic : listener.topics()) {
					groups.computeIfAbsent(group, (key) -> new TreeSet<>())
						.add(PLACEHOLDERS.replacePlaceholders(topic, defaults));
				}
			}
		}
		return groups;
	}

	/**
	 * The group as Spring Kafka picks it: groupId, else the id, else the default group.
	 */
	private static String group(KafkaListener listener, Properties defaults) {
		if (!listener.groupId().isEmpty()) {
			return PLACEHOLDERS.replacePlaceholders(listener.groupId(), defaults);
		}
		if (!listener.id().isEmpty() && listener.idIsGroup()) {
			return PLACEHOLDERS.replacePlaceholders(listener.id(), defaults);
		}
		return defaults.getProperty("spring.kafka.consumer.group-id");
	}

}
