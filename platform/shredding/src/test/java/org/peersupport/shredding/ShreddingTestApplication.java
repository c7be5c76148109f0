package org.peersupport.shredding;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service with a database and the person keys. */
@SpringBootApplication
public class ShreddingTestApplication {

}
