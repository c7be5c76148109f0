package org.peersupport.matching.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signed links in supporter e-mails.
 *
 * @param baseUrl how supporters reach this service, such as
 * {@code https://peersupport.hospital.example}; when unset, {@code http://localhost} and
 * the port this service listens on
 * @param secret the HMAC key (at least 32 bytes); when blank, a random key is made at
 * start-up and links do not survive a restart
 * @param offerTtl how long accept and decline links work
 */
@ConfigurationProperties("peersupport.links")
public record LinkProperties(String baseUrl, @DefaultValue("") String secret, @DefaultValue("P2D") Duration offerTtl) {
}
