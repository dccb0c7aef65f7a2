package org.cloakroom.kiosk.harness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No secret the kiosk holds or is told appears anywhere it speaks: a simulation run with
 * known secrets (the database passwords, the identity key, an enrolled IRK, PINs typed
 * right and wrong) through a check-in, an enrolment and refused requests, then every log
 * line since start-up, every audit entry, every exported or answered body and every
 * exposed actuator endpoint (and every file of an evidence bundle) is searched for each
 * secret in each form it could take. A new secret is one line in {@link #SECRETS}.
 */
@SimulationIT
@AutoConfigureMockMvc
@Import(NoSecretsLeakIT.CaptureFromRefresh.class)
class NoSecretsLeakIT {

	private static final String PIN = "73914682";

	private static final String WRONG_PIN = "46285197";

	private static final String IRK_HEX = "5f3c9a1e7b2d4c8a9e0f1a2b3c4d5e6f";

	private static final String NEW_USER_PASSWORD = "N3w-User-Pa55-qW8eR2tY";

	private static final String WRONG_PASSWORD = "Wr0ng-Pa55-zX4cV7bN1m";

	private static final String KIOSK_TOKEN = "K1osk-T0ken-pL9oK8iJ7uH6yG5tF4rD3eS2wA1q";

	/**
	 * Every secret, by name: the value the kiosk is given, and how it is given (a secret
	 * file written before start, a property, or typed in a request).
	 */
	private static final List<KnownSecret> SECRETS = List.of(
			KnownSecret.file("database owner's password", "database-owner.password", "0wner-Pa55-kV7yQ2mX9rT4wZ8c"),
			KnownSecret.file("database application's password", "database-app.password", "App-Pa55-hJ3nB6vL1sD5fG0q"),
			KnownSecret.property("identity key", "cloakroom.enrolment.identity-key",
					"ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8="),
			KnownSecret.typed("an enrolled IRK", IRK_HEX), KnownSecret.typed("a PIN typed at the kiosk", PIN),
			KnownSecret.typed("a wrong PIN typed at the kiosk", WRONG_PIN),
			KnownSecret.typed("the first admin's password", SignedIn.ADMIN_PASSWORD),
			KnownSecret.typed("a new console user's password", NEW_USER_PASSWORD),
			KnownSecret.typed("a wrong password tried at sign-in", WRONG_PASSWORD),
			KnownSecret.property("kiosk token", "cloakroom.kiosk.token", KIOSK_TOKEN));

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final Path SECRETS_DIR = secretsDirectory();

	private static final Capture LOG = new Capture();

	private final List<String> answers = new ArrayList<>();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private VirtualRadio radio;

	@DynamicPropertySource
	static void knownSecrets(DynamicPropertyRegistry registry) throws IOException {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:no-secrets-leak;DB_CLOSE_DELAY=-1");
		registry.add("cloakroom.secrets.dir", SECRETS_DIR::toString);
		for (KnownSecret secret : SECRETS) {
			secret.give(registry, SECRETS_DIR);
		}
	}

	@AfterAll
	static void stopCapturing() {
		root().detachAppender(LOG);
	}

	@Test
	void noSecretAppearsInALogLineAnEventAnExportAnAnswerOrActuator() throws Exception {
		long employee = id(send(201, admin(post("/api/v1/employees")).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("name", "Grace Hopper", "badgeId", "B-9001", "pin", PIN)))));
		long phone = id(send(201,
				admin(post("/api/v1/employees/" + employee + "/phones")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"label\": \"Pixel\", \"platform\": \"ANDROID\"}")));
		send(201, admin(post("/api/v1/phones/" + phone + "/identities")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"irk\", \"key\": \"" + IRK_HEX + "\"}"));
		send(200, admin(get("/api/v1/phones/" + phone + "/identities")));

		kiosk(403, "/api/v1/kiosk/identify", "{\"badgeId\": \"B-9001\", \"pin\": \"" + WRONG_PIN + "\"}");
		kiosk(200, "/api/v1/kiosk/identify", "{\"badgeId\": \"B-9001\", \"pin\": \"" + PIN + "\"}");
		send(200, get("/api/v1/kiosk/screen"));
		kiosk(200, "/api/v1/kiosk/reset", "{}");
		send(200, post("/kiosk/identify").param("badgeId", "B-9001").param("pin", WRONG_PIN));
		send(200, post("/kiosk/identify").param("badgeId", "B-9001").param("pin", PIN));
		send(200, get("/kiosk"));
		kiosk(200, "/api/v1/kiosk/reset", "{}");
		new SimulationTestSupport(this.clock, this.radio).walk("ada-pixel", VirtualPosition.AT_DOOR);
		kiosk(200, "/api/v1/kiosk/identify", "{\"badgeId\": \"100001\", \"pin\": \"1111\"}");
		kiosk(200, "/api/v1/kiosk/store", "{}");
		kiosk(400, "/api/v1/kiosk/identify", "{\"badgeId\": \"B-9001\", \"pin\": " + PIN);
		send(404, admin(get("/api/v1/phones/" + (phone + 1000))));
		send(400, admin(post("/api/v1/employees")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Bad PIN\", \"badgeId\": \"B-9002\", \"pin\": \"" + PIN + "x\"}"));

		send(201, admin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"olga\", \"role\": \"OFFICER\", \"password\": \"" + NEW_USER_PASSWORD + "\"}"));
		send(302, post("/signin").with(csrf()).param("username", "olga").param("password", WRONG_PASSWORD));
		send(401, get("/api/v1/lockers").header("Authorization", SignedIn.basic("olga", WRONG_PASSWORD)));
		send(200, get("/api/v1/kiosk/screen").with(remoteAddr("192.0.2.7"))
			.header("Authorization", "Bearer " + KIOSK_TOKEN));
		send(401, get("/api/v1/kiosk/screen").with(remoteAddr("192.0.2.7"))
			.header("Authorization", "Bearer " + KIOSK_TOKEN + "x"));

		send(200, admin(get("/api/v1/audit/events")).param("limit", "1000"));
		unzipped(send(200, admin(get("/api/v1/audit/evidence")).param("fromSequence", "1")));
		send(200, admin(get("/api/v1/catalogue/export")).param("format", "csv"));
		send(200, admin(get("/api/v1/catalogue/export")).param("format", "json"));
		send(200, admin(get("/api/v1/employees")));
		send(200, admin(get("/api/v1/storages")));
		// the actuator's index is refused to everybody (deny by default); its exposed
		// endpoints are health and info, each read as anybody and as the admin (details)
		send(403, admin(get("/actuator")));
		for (String exposed : List.of("/actuator/health", "/actuator/info")) {
			send(200, get(exposed));
			JsonNode answer = JSON.readTree(send(200, admin(get(exposed))).getContentAsString());
			for (String component : answer.path("components").propertyNames()) {
				send(200, admin(get(exposed + "/" + component)));
			}
		}

		assertThat(this.answers).as("answers").hasSizeGreaterThan(15);
		assertThat(LOG.lines).as("log lines since start-up (the pool's first connection)")
			.anyMatch((line) -> line.contains("HikariPool-") && line.contains("Start completed"));
		// the keys the kiosk made itself at start: the chain key, and the checkpoint
		// key's
		// private half (its first line; the second, the public key, is published)
		List<KnownSecret> made = List
			.of(KnownSecret.typed("the audit chain key", firstLine(SECRETS_DIR.resolve("audit-chain.key"))), KnownSecret
				.typed("the checkpoint signing key", firstLine(SECRETS_DIR.resolve("audit-checkpoint.key"))));
		for (KnownSecret secret : Stream.concat(SECRETS.stream(), made.stream()).toList()) {
			for (String form : secret.forms()) {
				assertThat(LOG.lines).as("log lines holding %s", secret.name())
					.noneMatch((line) -> line.contains(form));
				assertThat(this.answers).as("answers holding %s", secret.name())
					.noneMatch((answer) -> answer.contains(form));
			}
		}
	}

	private static String firstLine(Path secretFile) throws IOException {
		return Files.readAllLines(secretFile).get(0).strip();
	}

	/** A console request with the first admin's credentials, as a script sends them. */
	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", SignedIn.adminBasic());
	}

	private static RequestPostProcessor remoteAddr(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void kiosk(int status, String path, String body) throws Exception {
		send(status, post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/**
	 * Sends a request, checks that it did what the drive meant, keeps its whole answer.
	 */
	private MockHttpServletResponse send(int status, RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		StringBuilder answer = new StringBuilder().append(response.getStatus()).append('\n');
		for (String header : response.getHeaderNames()) {
			answer.append(header).append(": ").append(response.getHeaderValues(header)).append('\n');
		}
		this.answers.add(answer.append(response.getContentAsString(StandardCharsets.UTF_8)).toString());
		return response;
	}

	/** An evidence bundle's files, each an answer of its own: the zip is compressed. */
	private void unzipped(MockHttpServletResponse bundle) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle.getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				this.answers.add(entry.getName() + "\n" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(this.answers).as("the evidence bundle's events")
			.anyMatch((answer) -> answer.startsWith("events.jsonl"));
	}

	private static long id(MockHttpServletResponse response) throws IOException {
		JsonNode body = JSON.readTree(response.getContentAsString());
		return body.has("phone") ? body.at("/phone/id").asLong() : body.path("id").asLong();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	private static Path secretsDirectory() {
		try {
			Path parent = Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(parent, "no-secrets-leak").resolve("secrets");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Attaches the capture as the context starts: Boot resets Logback before that (an
	 * appender added earlier is gone), and the start-up's lines are wanted too.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CaptureFromRefresh {

		@Bean
		static BeanFactoryPostProcessor captureEveryLogLine() {
			return (beanFactory) -> {
				LOG.start();
				root().addAppender(LOG);
			};
		}

	}

	/** Every line logged, with its exception's stack trace, from any thread. */
	static final class Capture extends AppenderBase<ILoggingEvent> {

		final List<String> lines = new CopyOnWriteArrayList<>();

		@Override
		protected void append(ILoggingEvent event) {
			IThrowableProxy thrown = event.getThrowableProxy();
			this.lines.add(event.getLoggerName() + " " + event.getFormattedMessage()
					+ ((thrown != null) ? "\n" + ThrowableProxyUtil.asString(thrown) : "") + " "
					+ event.getMDCPropertyMap());
		}

	}

}
