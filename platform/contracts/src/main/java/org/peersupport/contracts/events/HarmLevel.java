package org.peersupport.contracts.events;

/** AHRQ Common Formats Harm Scale levels, most severe first. */
public enum HarmLevel {

	DEATH, SEVERE, MODERATE, MILD, NO_HARM, UNKNOWN

}
