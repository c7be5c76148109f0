package org.peersupport.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page's stylesheet, served as a file because the pages' content security policy allows
 * styles from the service itself only (an inline block would be ignored and the page
 * would show unstyled). Read once from the classpath; it holds nothing about anybody, so
 * a private cache may keep it an hour. The service's controller keeps the route itself,
 * so its access rule and authorization matrix row name a real mapping.
 */
public final class Stylesheet {

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private final byte[] content;

	private Stylesheet(byte[] content) {
		this.content = content;
	}

	/**
	 * The stylesheet at a classpath location.
	 * @param resource an absolute classpath path, such as {@code "/portal/portal.css"}
	 */
	public static Stylesheet of(String resource) {
		try (InputStream in = Stylesheet.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No stylesheet on the classpath at " + resource);
			}
			return new Stylesheet(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The answer to a GET of the stylesheet. */
	public ResponseEntity<byte[]> response() {
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(this.content);
	}

}
