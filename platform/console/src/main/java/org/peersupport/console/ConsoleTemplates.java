package org.peersupport.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The console's templates: Mustache, every {@code {{value}}} HTML-escaped, a missing
 * value empty. A service keeps its pages' bodies in {@code src/main/resources/console/}.
 */
public final class ConsoleTemplates {

	private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).defaultValue("");

	private ConsoleTemplates() {
	}

	/** A page body, {@code console/<name>.mustache} on the classpath. */
	public static Template body(String name) {
		return load("/console/" + name + ".mustache");
	}

	static Template load(String resource) {
		try (InputStream in = ConsoleTemplates.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no template " + resource);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return COMPILER.compile(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
