package org.peersupport.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare application that has nothing but the platform's messaging. */
@SpringBootApplication
public class MessagingTestApplication {

}
