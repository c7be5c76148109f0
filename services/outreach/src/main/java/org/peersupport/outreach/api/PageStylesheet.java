package org.peersupport.outreach.api;

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
 * The clinicians' pages' one stylesheet, served as a file because their content security
 * policy allows styles from the service itself only (an inline block would be ignored by
 * the browser, and the pages would show unstyled). It holds nothing about anybody.
 */
@RestController
class PageStylesheet {

	static final String PATH = "/assets/outreach/pages.css";

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
		try (InputStream in = PageStylesheet.class.getResourceAsStream("/pages/assets/pages.css")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
