package org.peersupport.matching.notification;

/**
 * One e-mail, ready to send.
 *
 * @param to the supporter's address
 * @param subject the subject
 * @param text the plain-text body
 */
record SupporterEmail(String to, String subject, String text) {
}
