package org.peersupport.matching.portal;

import org.peersupport.web.Stylesheet;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supporter's pages' one stylesheet ({@link Stylesheet}). The offer links' pages open
 * without a session, so it does too; it holds nothing about anybody.
 */
@RestController
class PortalStylesheet {

	static final String PATH = "/assets/matching/portal.css";

	private final Stylesheet stylesheet = Stylesheet.of("/portal/portal.css");

	@GetMapping(PATH)
	ResponseEntity<byte[]> stylesheet() {
		return this.stylesheet.response();
	}

}
