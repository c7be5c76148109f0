package org.peersupport.infra.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What docs/asyncapi.yaml says each service sends and receives. An operation is named
 * after its service ({@code outreachReceiveAdverseEventReported}), and its channel's
 * address is the topic.
 */
final class AsyncApiTraffic {

	private final Map<String, Set<String>> sends = new TreeMap<>();

	private final Map<String, Set<String>> receives = new TreeMap<>();

	private final Set<String> deadLetterGroups = new TreeSet<>();

	private AsyncApiTraffic() {
	}

	static AsyncApiTraffic read(Path document) {
		JsonNode root;
		try {
			root = Manifests.YAML.readTree(document.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AsyncApiTraffic traffic = new AsyncApiTraffic();
		root.path("operations").properties().forEach((operation) -> {
			String name = operation.getKey();
			JsonNode body = operation.getValue();
			String reference = body.path("channel").path("$ref").asText();
			String topic = root.at(reference.substring(1) + "/address").asText();
			String action = body.path("action").asText();
			String marker = action.equals("send") ? "Send" : "Receive";
			int at = name.indexOf(marker);
			if (topic.isEmpty() || at <= 0) {
				throw new AssertionError("asyncapi operation " + name + " names no service or no topic");
			}
			Map<String, Set<String>> side = action.equals("send") ? traffic.sends : traffic.receives;
			side.computeIfAbsent(name.substring(0, at), (key) -> new TreeSet<>()).add(topic);
		});
		root.at("/channels/deadLetters/parameters/consumerGroup/enum")
			.forEach((group) -> traffic.deadLetterGroups.add(group.asText()));
		return traffic;
	}

	Set<String> sends(String service) {
		return this.sends.getOrDefault(service, Set.of());
	}

	Set<String> receives(String service) {
		return this.receives.getOrDefault(service, Set.of());
	}

	Set<String> deadLetterGroups() {
		return this.deadLetterGroups;
	}

}
