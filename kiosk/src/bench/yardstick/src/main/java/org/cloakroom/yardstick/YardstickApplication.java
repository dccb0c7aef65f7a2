package org.cloakroom.yardstick;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

/** The start-up yardstick: spring-petclinic's starters around one entity (pom.xml). */
@SpringBootApplication
@EnableCaching
public class YardstickApplication {

	public static void main(String[] args) {
		SpringApplication.run(YardstickApplication.class, args);
	}

}
