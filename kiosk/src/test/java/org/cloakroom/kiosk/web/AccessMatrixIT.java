package org.cloakroom.kiosk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may do what, tried: every page and every operation of the OpenAPI document, as
 * anybody (from another machine, signed in as nobody), as the kiosk (loopback, no user),
 * and as a signed-in AUDITOR, OFFICER and ADMIN (real console users, HTTP Basic, from
 * another machine), each answered as README's access table says. An operation of the
 * document that no row of {@link #ROWS} covers fails the test, named: a new endpoint
 * needs its row before it ships.
 * <p>
 * What "answered as" means: {@code OK} is anything but 401, 403 or a redirect to the
 * sign-in page (a 400 for an empty body still passed the sign-in); {@code SIGN_IN} is 401
 * with the Basic challenge for the API, a redirect to /signin for a page;
 * {@code FORBIDDEN} is 403; {@code REFUSED} is either. The kiosk is not a console user:
 * on the consoles' paths it is refused like anybody (401, where the design's table says
 * 403).
 * <p>
 * The kiosk's own rows (the kiosk screen, its API, check-ins, collections, the
 * simulation) are answered by {@code web.kiosk.KioskAccess}, the kiosk's filter chain, in
 * their own test method
 * ({@link #everyPageAndOperationOfTheKioskAnswersEachActorAsTheAccessTableSays}). A
 * console user's Basic credentials mean nothing there, so they are refused as anybody is
 * (401; {@code KioskAccessIT} shows a signed-in session refused with 403
 * {@code kiosk-only}). The simulation's restart is never sent: the kiosk's request would
 * restart the program under test.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:access-matrix;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AccessMatrixIT {

	/** Whose request it is. */
	enum Actor {

		ANYBODY, KIOSK, AUDITOR, OFFICER, ADMIN

	}

	enum Outcome {

		OK, SIGN_IN, FORBIDDEN, REFUSED

	}

	private static final Outcome OK = Outcome.OK;

	private static final Outcome SIGN_IN = Outcome.SIGN_IN;

	private static final Outcome FORBIDDEN = Outcome.FORBIDDEN;

	private static final Outcome REFUSED = Outcome.REFUSED;

	private static final String ADMINISTERED = "/api/v1/{lockers|emergency|storages|employees|phones|catalogue|policy}/**";

	/**
	 * README's access table, first match wins: method (or * for any), path patterns, and
	 * the outcome for anybody, the kiosk, AUDITOR, OFFICER and ADMIN.
	 */
	static final List<Row> ROWS = List.of(
			row("GET", "/ /signin /css/** /js/** /webjars/** /actuator/health /actuator/info", OK, OK, OK, OK, OK),
			row("*", "/simulation /kiosk/simulation/** /api/v1/simulation/**", REFUSED, OK, REFUSED, REFUSED, REFUSED),
			row("*", "/kiosk /kiosk/** /api/v1/kiosk/** /api/v1/checkins/** /api/v1/collections/**", REFUSED, OK,
					REFUSED, REFUSED, REFUSED),
			row("POST", "/officer/alerts/**", SIGN_IN, REFUSED, FORBIDDEN, OK, OK),
			row("*", "/officer/**", SIGN_IN, REFUSED, OK, OK, OK),
			row("GET", "/api/v1/alerts/**", SIGN_IN, REFUSED, OK, OK, OK),
			row("*", "/api/v1/alerts/**", SIGN_IN, REFUSED, FORBIDDEN, OK, OK),
			row("GET", "/api/v1/audit/evidence", SIGN_IN, REFUSED, OK, OK, OK),
			row("GET", "/api/v1/audit/events /api/v1/audit/visits/** /api/v1/audit/export", SIGN_IN, REFUSED, OK, OK,
					OK),
			row("GET", "/api/v1/audit/**", SIGN_IN, REFUSED, OK, OK, OK),
			row("GET", "/api/v1/timelines/** /api/v1/charts/**", SIGN_IN, REFUSED, OK, OK, OK),
			row("GET", ADMINISTERED, SIGN_IN, REFUSED, FORBIDDEN, OK, OK),
			row("*", ADMINISTERED + " /api/v1/mdm/**", SIGN_IN, REFUSED, FORBIDDEN, FORBIDDEN, OK),
			row("*", "/api/v1/users/** /admin/users/** /api/v1/backups/**", SIGN_IN, REFUSED, FORBIDDEN, FORBIDDEN, OK),
			row("*", "/admin /admin/**", SIGN_IN, REFUSED, FORBIDDEN, FORBIDDEN, OK),
			row("*", "/account/password", SIGN_IN, REFUSED, OK, OK, OK),
			row("GET", "/v3/api-docs /v3/api-docs/**", SIGN_IN, REFUSED, OK, OK, OK),
			row("*", "/**", SIGN_IN, REFUSED, FORBIDDEN, FORBIDDEN, FORBIDDEN));

	/** The pages and static files, which the OpenAPI document does not list. */
	private static final List<String> PAGES = List.of("GET /", "GET /signin", "GET /css/cloakroom.css",
			"GET /js/officer.js", "GET /webjars/htmx.org/dist/htmx.min.js", "GET /actuator/health",
			"GET /actuator/info", "GET /kiosk", "GET /kiosk/screen", "POST /kiosk/cancel", "GET /kiosk/simulation",
			"GET /simulation", "GET /css/kiosk.css", "GET /officer", "GET /officer/log", "GET /officer/alert-counts",
			"POST /officer/alerts/1/acknowledgement", "POST /officer/alerts/1/resolution",
			"POST /officer/alerts/1/assignment", "GET /js/officer-alerts.js", "POST /officer/verify",
			"GET /officer/timelines", "GET /officer/timelines/employees/1", "GET /officer/charts",
			"GET /officer/search", "GET /officer/search/visits/00000000-0000-0000-0000-000000000000",
			"GET /account/password", "GET /v3/api-docs", "GET /nothing-listed-here", "GET /admin/lockers",
			"GET /admin/lockers/bank", "POST /admin/lockers/1/test-pulse", "GET /admin/employees",
			"GET /admin/employees/1", "POST /admin/employees/1/pin", "GET /admin/employees/phones/1",
			"GET /admin/employees/mdm", "POST /admin/employees/mdm/apply", "GET /admin/catalogue",
			"GET /admin/catalogue/new", "POST /admin/catalogue/new", "GET /admin/catalogue/wechat",
			"POST /admin/catalogue/import/preview", "GET /admin/policy", "POST /admin/policy/area",
			"POST /admin/policy/area/reset", "POST /admin/policy/exemptions", "POST /admin/policy/exemptions/1/revoke",
			"GET /admin/users", "POST /admin/users", "POST /admin/users/nobody/role",
			"POST /admin/users/nobody/disable", "POST /admin/users/nobody/enable",
			"POST /admin/users/nobody/password-reset", "GET /admin/settings", "POST /admin/settings");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final Map<String, String> VALUES = Map.of("username", "nobody", "checkInId",
			"00000000-0000-0000-0000-000000000000", "key", "ada-pixel", "badgeId", "000000");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConsoleUsers users;

	@BeforeEach
	void consoleUsers() {
		for (ConsoleRole role : List.of(ConsoleRole.AUDITOR, ConsoleRole.OFFICER)) {
			String name = role.name().toLowerCase();
			if (this.users.list().stream().noneMatch((user) -> user.username().equals(name))) {
				this.users.create(name, role, "temporary-" + name, "admin");
				this.users.changeOwnPassword(name, "temporary-" + name, password(Actor.valueOf(role.name())));
			}
		}
	}

	@Test
	void everyPageAndOperationOfTheConsolesAnswersEachActorAsTheAccessTableSays() throws Exception {
		List<String> noRow = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (String operation : pagesAndOperations()) {
			Row row = rowOf(operation);
			if (row.paths().equals(List.of("/**")) && !PAGES.contains(operation)) {
				noRow.add(operation);
			}
			else if (!row.kiosks()) {
				wrong.addAll(differences(operation, row));
			}
		}
		assertThat(noRow).as("operations of /v3/api-docs without a row in AccessMatrixIT.ROWS").isEmpty();
		assertThat(wrong).as("answers that differ from the access table").isEmpty();
	}

	/** Passes once the kiosk's own chain is merged (see the class comment). */
	@Test
	void everyPageAndOperationOfTheKioskAnswersEachActorAsTheAccessTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String operation : pagesAndOperations()) {
			Row row = rowOf(operation);
			if (row.kiosks()) {
				wrong.addAll(differences(operation, row));
			}
		}
		assertThat(wrong).as("answers that differ from the access table").isEmpty();
	}

	private List<String> pagesAndOperations() throws Exception {
		List<String> requests = new ArrayList<>(PAGES);
		requests.addAll(documentedOperations());
		return requests;
	}

	private static Row rowOf(String operation) {
		String method = operation.substring(0, operation.indexOf(' '));
		String template = operation.substring(operation.indexOf(' ') + 1);
		return ROWS.stream().filter((candidate) -> candidate.covers(method, template)).findFirst().orElseThrow();
	}

	/** How each actor's answer differs from the row; the restart is never sent. */
	private List<String> differences(String operation, Row row) throws Exception {
		String method = operation.substring(0, operation.indexOf(' '));
		String template = operation.substring(operation.indexOf(' ') + 1);
		List<String> wrong = new ArrayList<>();
		if (template.endsWith("/restart")) {
			return wrong;
		}
		for (Actor actor : Actor.values()) {
			Outcome expected = row.expected()[actor.ordinal()];
			MockHttpServletResponse response = send(method, fill(template), actor);
			if (!matches(expected, response, template)) {
				wrong.add(operation + " as " + actor + ": expected " + expected + ", answered " + response.getStatus()
						+ located(response));
			}
		}
		return wrong;
	}

	@Test
	void theApiSaysWhoMaySignInWithProblemJsonAndABasicChallenge() throws Exception {
		MockHttpServletResponse anybody = send("GET", "/api/v1/lockers", Actor.ANYBODY);
		assertThat(anybody.getStatus()).isEqualTo(401);
		assertThat(anybody.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Cloakroom\"");
		assertThat(anybody.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(JsonPath.<String>read(anybody.getContentAsString(), "$.code")).isEqualTo("sign-in-required");

		MockHttpServletResponse auditor = send("POST", "/api/v1/lockers/1/open", Actor.AUDITOR);
		assertThat(auditor.getStatus()).isEqualTo(403);
		assertThat(JsonPath.<String>read(auditor.getContentAsString(), "$.type"))
			.isEqualTo("urn:cloakroom:problem:not-allowed");
		assertThat(JsonPath.<String>read(auditor.getContentAsString(), "$.detail")).contains("auditor",
				"POST /api/v1/lockers/1/open");
	}

	private MockHttpServletResponse send(String method, String path, Actor actor) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
		if (!method.equals("GET")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		request.with(from((actor == Actor.KIOSK) ? "127.0.0.1" : "192.0.2.7"));
		if (actor.ordinal() >= Actor.AUDITOR.ordinal()) {
			request.with(httpBasic(username(actor), password(actor)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static boolean matches(Outcome expected, MockHttpServletResponse response, String template) {
		int status = response.getStatus();
		boolean toSignIn = status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/signin");
		boolean challenged = status == 401
				&& String.valueOf(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
		return switch (expected) {
			case OK -> status != 401 && status != 403 && !toSignIn;
			case SIGN_IN -> isPage(template) ? toSignIn : challenged;
			case FORBIDDEN -> status == 403;
			case REFUSED -> status == 401 || status == 403 || toSignIn;
		};
	}

	private static boolean isPage(String template) {
		return Set.of("/officer", "/account", "/admin").stream().anyMatch(template::startsWith);
	}

	private static String located(MockHttpServletResponse response) {
		return (response.getRedirectedUrl() != null) ? " to " + response.getRedirectedUrl() : "";
	}

	private List<String> documentedOperations() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs").with(SignedIn.auditor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		List<String> operations = new ArrayList<>();
		paths.forEach((path, item) -> item.keySet()
			.stream()
			.filter((method) -> Set.of("get", "post", "put", "patch", "delete").contains(method))
			.forEach((method) -> operations.add(method.toUpperCase() + " " + path)));
		assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(40);
		return operations;
	}

	private static String fill(String template) {
		Matcher variable = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, VALUES.getOrDefault(variable.group(1), "1"));
		}
		return variable.appendTail(path).toString();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String username(Actor actor) {
		return (actor == Actor.ADMIN) ? "admin" : actor.name().toLowerCase();
	}

	private static String password(Actor actor) {
		return (actor == Actor.ADMIN) ? SignedIn.ADMIN_PASSWORD : "matrix-" + actor.name().toLowerCase() + "-secret";
	}

	private static Row row(String method, String paths, Outcome... expected) {
		return new Row(method, Arrays.asList(paths.split(" ")), expected);
	}

	/** One line of the access table. */
	record Row(String method, List<String> paths, Outcome[] expected) {

		private static final PathPatternParser PARSER = new PathPatternParser();

		/** Whether this is a row of the kiosk's own paths, which its chain guards. */
		boolean kiosks() {
			return this.paths.stream().anyMatch(SignedIn::isKiosk);
		}

		boolean covers(String requestMethod, String template) {
			return (this.method.equals("*") || this.method.equals(requestMethod)) && this.paths.stream()
				.flatMap(Row::alternatives)
				.anyMatch((pattern) -> PARSER.parse(pattern).matches(PathContainer.parsePath(template)));
		}

		/**
		 * {@code /api/v1/{a|b}/**} stands for {@code /api/v1/a/**} and
		 * {@code /api/v1/b/**}.
		 */
		private static java.util.stream.Stream<String> alternatives(String pattern) {
			Matcher choice = Pattern.compile("\\{([a-z]+(?:\\|[a-z]+)+)}").matcher(pattern);
			if (!choice.find()) {
				return java.util.stream.Stream.of(pattern);
			}
			return Arrays.stream(choice.group(1).split("\\|"))
				.map((one) -> pattern.substring(0, choice.start()) + one + pattern.substring(choice.end()));
		}

	}

}
