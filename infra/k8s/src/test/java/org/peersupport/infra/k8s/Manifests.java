package org.peersupport.infra.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The documents of one rendered overlay, as JSON trees, with look-ups by kind and name.
 */
final class Manifests {

	static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private final String overlay;

	private final List<JsonNode> documents;

	private Manifests(String overlay, List<JsonNode> documents) {
		this.overlay = overlay;
		this.documents = documents;
	}

	static Manifests parse(String overlay, String yaml) {
		try {
			List<JsonNode> documents = YAML.readValues(YAML.getFactory().createParser(yaml), JsonNode.class)
				.readAll()
				.stream()
				.filter((document) -> document != null && !document.isNull() && !document.isEmpty())
				.toList();
			return new Manifests(overlay, documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String overlay() {
		return this.overlay;
	}

	List<JsonNode> all() {
		return this.documents;
	}

	Stream<JsonNode> ofKind(String kind) {
		return this.documents.stream().filter((document) -> kind.equals(document.path("kind").asText()));
	}

	Optional<JsonNode> find(String kind, String name) {
		return ofKind(kind).filter((document) -> name.equals(name(document))).findFirst();
	}

	JsonNode get(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new AssertionError(this.overlay + ": no " + kind + " named " + name));
	}

	static String name(JsonNode document) {
		return document.path("metadata").path("name").asText();
	}

	static String describe(JsonNode document) {
		return document.path("kind").asText() + "/" + name(document);
	}

}
