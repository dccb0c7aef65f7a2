package org.cloakroom.kiosk.audit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With scheduling on, as on a kiosk: the chain is verified right after start-up, off the
 * start-up thread, with the intervals given as the README's table shows them.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:audit-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=true", "cloakroom.audit.checkpoint-interval=15m",
		"cloakroom.audit.verify-interval=1h" })
class ChainMonitorStartupIT {

	@Autowired
	AuditChainHealth health;

	@Autowired
	AuditProperties properties;

	@Test
	void verifiesAtStartUpAndTurnsHealthUp() {
		await().atMost(Duration.ofSeconds(20)).until(() -> this.health.health().getStatus().equals(Status.UP));

		assertThat(this.health.health().getDetails()).containsEntry("entriesChecked", 0L);
		assertThat(this.properties.checkpointInterval()).isEqualTo(Duration.ofMinutes(15));
	}

}
