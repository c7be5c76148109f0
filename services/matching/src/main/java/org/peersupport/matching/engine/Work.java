package org.peersupport.matching.engine;

/**
 * Where and as what someone works: what the department rule, line management and the
 * role, specialty and seniority preferences compare between clinician and supporter.
 *
 * @param department department code, or null
 * @param role professional role, or null
 * @param specialty specialty, or null
 * @param seniority years in practice, or null
 * @param supervisorId their supervisor, or null
 */
public record Work(String department, String role, String specialty, Integer seniority, String supervisorId) {
}
