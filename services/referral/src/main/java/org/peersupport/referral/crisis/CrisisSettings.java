package org.peersupport.referral.crisis;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The crisis path ({@code peersupport.referral.crisis.*}).
 *
 * @param pagerUrl the pager or SMS-gateway webhook that pages a lead
 * @param acknowledgeWithin how long a paged lead has to acknowledge before the next lead
 * is paged
 * @param retryAfterFailedPage how soon the next lead is paged when a page could not be
 * delivered (after the retries of the {@code pager} retry configuration)
 * @param pagerTimeout the connect and response timeout of one webhook call
 * @param onCall the rota used while none was set through the API
 */
@ConfigurationProperties("peersupport.referral.crisis")
public record CrisisSettings(URI pagerUrl, @DefaultValue("5m") Duration acknowledgeWithin,
		@DefaultValue("30s") Duration retryAfterFailedPage, @DefaultValue("5s") Duration pagerTimeout,
		@DefaultValue List<OnCallLead> onCall) {
}
