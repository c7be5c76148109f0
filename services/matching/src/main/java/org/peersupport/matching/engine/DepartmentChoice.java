package org.peersupport.matching.engine;

/** A clinician's own choice of where their supporter should come from. */
public enum DepartmentChoice {

	SAME_DEPARTMENT, OTHER_DEPARTMENT, NO_PREFERENCE

}
