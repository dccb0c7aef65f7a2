package org.cloakroom.kiosk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Cloakroom kiosk: one program for the kiosk at the door, the simulation and (later)
 * the central instance.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CloakroomApplication {

	public static void main(String[] args) {
		SpringApplication.run(CloakroomApplication.class, args);
	}

}
