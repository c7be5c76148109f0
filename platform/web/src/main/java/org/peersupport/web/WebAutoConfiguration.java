package org.peersupport.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the platform's problem+json answers in every service. */
@AutoConfiguration
@Import(ProblemResponses.class)
public class WebAutoConfiguration {

}
