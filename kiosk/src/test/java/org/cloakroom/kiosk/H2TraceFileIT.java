package org.cloakroom.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On a file database opened with application.yml's own URL (only the directory moved to a
 * temporary one), a whole check-in through the kiosk API writes no H2 trace file and
 * makes H2 report no error: the SD card is not written on each request.
 */
@SimulationIT
@AutoConfigureMockMvc
@DirtiesContext
class H2TraceFileIT {

	@TempDir
	static Path data;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Lockers lockers;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	private final ListAppender<ILoggingEvent> h2Log = new ListAppender<>();

	@DynamicPropertySource
	static void fileDatabaseWithTheApplicationsUrl(DynamicPropertyRegistry registry) throws IOException {
		String url = (String) applicationYaml().getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/");
		registry.add("spring.datasource.url", () -> url.replace("./data/", data.toAbsolutePath() + "/"));
	}

	@BeforeEach
	void listenToH2() {
		this.h2Log.start();
		h2Logger().addAppender(this.h2Log);
	}

	@AfterEach
	void stopListening() {
		h2Logger().detachAppender(this.h2Log);
	}

	@Test
	void aCheckInThroughTheKioskApiWritesNoTraceFileAndNoH2Error() throws Exception {
		assertThat(Files.exists(data.resolve("cloakroom.mv.db"))).as("the database is a file in " + data).isTrue();

		new SimulationTestSupport(this.clock, this.radio).walk("ada-pixel", VirtualPosition.AT_DOOR);
		this.mvc.perform(get("/api/v1/employees").with(SignedIn.admin())).andExpect(status().isOk());
		kiosk("/api/v1/kiosk/identify", """
				{"badgeId": "100001", "pin": "1111"}""");
		kiosk("/api/v1/kiosk/store", "{}");
		int locker = this.lockers.all()
			.stream()
			.filter((view) -> view.state() == LockerState.STORING)
			.mapToInt((view) -> view.id().value())
			.findFirst()
			.orElseThrow();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		this.mvc.perform(get("/api/v1/kiosk/screen")).andExpect(jsonPath("$.checkIn.storage.stage").value("STORED"));

		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
		assertThat(traceFiles()).as("H2 trace files in " + data).isEmpty();
		assertThat(h2Logger().isInfoEnabled()).as("H2 logs a line per SQL statement at INFO").isFalse();
		assertThat(this.h2Log.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
	}

	private void kiosk(String path, String body) throws Exception {
		this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
	}

	private static List<Path> traceFiles() throws IOException {
		try (Stream<Path> files = Files.list(data)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".trace.db")).toList();
		}
	}

	private static Logger h2Logger() {
		return (Logger) LoggerFactory.getLogger("h2database");
	}

	private static PropertySource<?> applicationYaml() throws IOException {
		return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml")).get(0);
	}

}
