package org.peersupport.testkit.fuzz;

import java.util.List;

import org.springframework.http.MediaType;

/**
 * What came back.
 *
 * @param status the status, 0 for no answer in time
 * @param type the content type, or null
 * @param errorTypes the types a 4xx answer may have
 */
record Answer(int status, MediaType type, List<MediaType> errorTypes) {

	boolean acceptable() {
		if (this.status == 0 || this.status >= 500) {
			return false;
		}
		return this.status < 400
				|| (this.type != null && this.errorTypes.stream().anyMatch(this.type::isCompatibleWith));
	}

}
