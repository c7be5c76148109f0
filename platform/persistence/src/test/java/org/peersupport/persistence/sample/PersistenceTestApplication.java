package org.peersupport.persistence.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PersistenceTestApplication {

}
