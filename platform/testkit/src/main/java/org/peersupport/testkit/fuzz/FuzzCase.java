package org.peersupport.testkit.fuzz;

import java.util.List;

import org.peersupport.testkit.AuthorizationMatrix.Caller;
import org.peersupport.testkit.fuzz.HostileBodies.Body;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One request as sent.
 *
 * @param route the route it was made for
 * @param caller who sent it
 * @param method the method
 * @param path the path and query, encoded
 * @param body the body, or null
 * @param errorTypes the types a 4xx answer may have
 */
record FuzzCase(String route, Caller caller, HttpMethod method, String path, Body body, List<MediaType> errorTypes) {

	/** The request for a failure message: long values and bodies cut short. */
	String describe() {
		String shownPath = (this.path.length() > 200) ? this.path.substring(0, 200) + "…" : this.path;
		String shown = (this.body == null) ? "" : " " + this.body.type() + " "
				+ ((this.body.text().length() > 200) ? this.body.text().substring(0, 200) + "…" : this.body.text());
		return this.method + " " + shownPath + " as " + this.caller + shown;
	}

}
