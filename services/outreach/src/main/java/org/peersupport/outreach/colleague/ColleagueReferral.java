package org.peersupport.outreach.colleague;

/**
 * A word about a colleague: who, and whether the referrer agrees to be named. Nothing
 * else is asked for.
 *
 * @param referrerStaffId the referrer, from their token
 * @param colleagueStaffId the colleague, a staff id from the directory
 * @param named whether the colleague's invitation may say who asked
 */
public record ColleagueReferral(String referrerStaffId, String colleagueStaffId, boolean named) {
}
