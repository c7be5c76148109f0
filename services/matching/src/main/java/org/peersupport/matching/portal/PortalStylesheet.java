package org.peersupport.matching.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supporter's pages' one stylesheet, served as a file because their content security
 * policy allows styles from the service itself only. The offer links' pages open without
 * a session, so it does too; it holds nothing about anybody.
 */
@RestController
class PortalStylesheet {

	static final String PATH = "/assets/matching/portal.css";

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private final byte[] stylesheet = read();

	@GetMapping(PATH)
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(this.stylesheet);
	}

	private static byte[] read() {
		try (InputStream in = PortalStylesheet.class.getResourceAsStream("/portal/portal.css")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
