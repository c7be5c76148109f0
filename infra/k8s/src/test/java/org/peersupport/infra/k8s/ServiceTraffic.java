package org.peersupport.infra.k8s;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one service writes to and reads from Kafka.
 *
 * @param service the service, which is also its Kafka user and its default consumer group
 * @param produces the topics it publishes to
 * @param consumes the topics each of its consumer groups reads
 */
record ServiceTraffic(String service, Set<String> produces, Map<String, Set<String>> consumes) {

	Set<String> consumedTopics() {
		Set<String> topics = new TreeSet<>();
		this.consumes.values().forEach(topics::addAll);
		return topics;
	}

}
