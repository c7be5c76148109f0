package org.peersupport.matching.wellbeing;

/** How close a supporter is to the program's fatigue thresholds. */
public enum FatigueLevel {

	OK, NEAR, AT

}
