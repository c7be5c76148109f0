package org.peersupport.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a path segment or a query value may be, and how deep a JSON body may nest,
 * before {@link InputGuard} refuses the request. No id, code or filter the services
 * accept comes near these; the body's length limit is the codecs' own
 * ({@code spring.http.codecs.max-in-memory-size}), so there is one.
 *
 * @param pathSegmentLength the longest path segment, in characters
 * @param queryValueLength the longest query parameter value, in characters
 * @param jsonDepth the deepest nesting of objects and arrays in a JSON body
 */
@ConfigurationProperties("peersupport.web.input")
public record InputLimits(@DefaultValue("256") int pathSegmentLength, @DefaultValue("2000") int queryValueLength,
		@DefaultValue("64") int jsonDepth) {

}
