package org.peersupport.matching.wellbeing;

/** How close a supporter is to the program's fatigue thresholds. */
enum FatigueLevel {

	OK, NEAR, AT

}
