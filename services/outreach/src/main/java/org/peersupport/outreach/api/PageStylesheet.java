package org.peersupport.outreach.api;

import org.peersupport.web.Stylesheet;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinicians' pages' one stylesheet ({@link Stylesheet}), for anyone signed in, as
 * the pages are.
 */
@RestController
class PageStylesheet {

	static final String PATH = "/assets/outreach/pages.css";

	private final Stylesheet stylesheet = Stylesheet.of("/pages/assets/pages.css");

	@GetMapping(PATH)
	ResponseEntity<byte[]> stylesheet() {
		return this.stylesheet.response();
	}

}
