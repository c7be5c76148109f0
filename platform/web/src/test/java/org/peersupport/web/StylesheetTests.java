package org.peersupport.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StylesheetTests {

	@Test
	void answersTheFileAsCssThatAPrivateCacheMayKeep() {
		ResponseEntity<byte[]> response = Stylesheet.of("/stylesheet/sample.css").response();

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/css"))).isTrue();
		assertThat(response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).contains("max-age=3600", "private");
		assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).isEqualTo("body { margin: 0; }\n");
	}

	@Test
	void refusesToStartWithoutTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> Stylesheet.of("/stylesheet/missing.css"))
			.withMessageContaining("/stylesheet/missing.css");
	}

}
