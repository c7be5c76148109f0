package org.peersupport.referral.crisis;

/**
 * A program lead on the on-call rota.
 *
 * @param leadId the lead's staff id
 * @param pagerId where the pager or SMS gateway reaches them
 */
public record OnCallLead(String leadId, String pagerId) {
}
