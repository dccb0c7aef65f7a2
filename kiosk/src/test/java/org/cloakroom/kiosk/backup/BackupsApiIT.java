package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The backups over HTTP, an admin's only: one taken now (audited in the admin's name) and
 * listed; officers and auditors refused. A backup directory that is missing (as root, the
 * tests cannot make one unwritable: the same path in the code) is a 409 problem naming
 * it, a DatabaseBackupFailed entry, one notice on the officers' queue however often it
 * fails, and the {@code backup} health DEGRADED with the problem, until a backup succeeds
 * again.
 */
@SimulationIT
@AutoConfigureMockMvc
class BackupsApiIT {

	private static final Path BACKUPS = temporaryDirectory();

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry properties) {
		// BACKUP TO copies a database file: an in-memory database has none
		properties.add("spring.datasource.url", () -> "jdbc:h2:file:"
				+ BACKUPS.resolveSibling(BACKUPS.getFileName() + "-db").resolve("cloakroom") + ";WRITE_DELAY=0");
		properties.add("cloakroom.backup.directory", BACKUPS::toString);
		properties.add("cloakroom.backup.keep", () -> "3");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditLog log;

	@BeforeEach
	void anEmptyBackupDirectory() throws IOException {
		FileSystemUtils.deleteRecursively(BACKUPS);
		Files.createDirectories(BACKUPS);
		// a fraction of a second too: the name and the time say the second
		this.clock.advance(Duration.ofMinutes(1).plusMillis(250));
	}

	@Test
	void anAdminTakesABackupNowAndListsThem() throws Exception {
		String name = BackupDirectory.nameFor(this.clock.instant());

		this.mvc.perform(post("/api/v1/backups").with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.file").value(name))
			.andExpect(jsonPath("$.takenAt")
				.value(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))
			.andExpect(jsonPath("$.size").value((int) Files.size(BACKUPS.resolve(name))));
		AuditEntry audited = this.log.latest(1).get(0);
		assertThat(audited.type()).isEqualTo("DatabaseBackedUp");
		assertThat(audited.details()).contains("\"by\":\"dana\"", "\"file\":\"" + name + "\"");

		this.clock.advance(Duration.ofSeconds(1));
		this.mvc.perform(post("/api/v1/backups").with(SignedIn.admin())).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/backups").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].file").value(name));
	}

	@Test
	void onlyAnAdminMayTakeOrListBackups() throws Exception {
		for (var notAdmin : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
				SignedIn.officer(), SignedIn.auditor() }) {
			this.mvc.perform(post("/api/v1/backups").with(notAdmin)).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/backups").with(notAdmin)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/backups").header("Authorization", "Basic bm9ib2R5Om5vdGhpbmc="))
			.andExpect(status().isUnauthorized());
		assertThat(BACKUPS).isEmptyDirectory();
	}

	@Test
	void aMissingBackupDirectoryIsRefusedAuditedAlertedOnceAndDegradesHealthUntilABackupSucceeds() throws Exception {
		FileSystemUtils.deleteRecursively(BACKUPS);

		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc.perform(post("/api/v1/backups").with(SignedIn.admin()))
				.andExpect(status().isConflict())
				.andExpect(header().string("Content-Type", "application/problem+json"))
				.andExpect(jsonPath("$.code").value("backup-failed"))
				.andExpect(jsonPath("$.detail").value("No backup could be written into " + BACKUPS
						+ ": the backup directory " + BACKUPS + " does not exist"));
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(this.log.latest(1).get(0).type()).isEqualTo("DatabaseBackupFailed");
		this.mvc.perform(get("/api/v1/alerts").param("type", "DatabaseBackupFailed").with(SignedIn.officer()))
			.andExpect(jsonPath("$.alerts", hasSize(1)))
			.andExpect(jsonPath("$.alerts[0].severity").value("NOTICE"))
			.andExpect(jsonPath("$.alerts[0].episode.endedAt").doesNotExist());
		this.mvc.perform(get("/actuator/health").with(SignedIn.admin()))
			.andExpect(jsonPath("$.components.backup.status").value("DEGRADED"))
			.andExpect(jsonPath("$.components.backup.details.problem")
				.value("the backup directory " + BACKUPS + " does not exist"));

		Files.createDirectories(BACKUPS);
		this.mvc.perform(post("/api/v1/backups").with(SignedIn.admin())).andExpect(status().isCreated());

		this.mvc.perform(get("/actuator/health").with(SignedIn.admin()))
			.andExpect(jsonPath("$.components.backup.status").value("UP"));
		this.mvc.perform(get("/api/v1/alerts").param("type", "DatabaseBackupFailed").with(SignedIn.officer()))
			.andExpect(jsonPath("$.alerts", hasSize(1)))
			.andExpect(jsonPath("$.alerts[0].episode.endedAt").exists());
		this.mvc.perform(get("/actuator/health"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("backups"))));
	}

	/** Under target/, as the other tests' databases: the build's clean removes it. */
	private static Path temporaryDirectory() {
		try {
			return Files.createDirectories(Path.of("target/test-backups/" + java.util.UUID.randomUUID()))
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
