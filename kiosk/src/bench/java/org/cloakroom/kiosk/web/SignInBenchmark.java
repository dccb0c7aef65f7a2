package org.cloakroom.kiosk.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUserDetails;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * What sign-in adds to a console request: the consoles' whole filter chain
 * ({@code springSecurityFilterChain} of the running simulation, with the database of
 * console users and the default BCrypt cost 10) in front of a request whose controller
 * does nothing, so that only the sign-in is timed. {@code publicPath} is the chain on a
 * path open to anybody (the baseline); {@code session} is a signed-in session's request
 * to the API; {@code basic} is a script's request with HTTP Basic, which checks the
 * password's hash every time. Sample time, so JMH prints p0.95.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="SignInBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SignInBenchmark {

	private static final String PASSWORD = "benchmark-admin-password";

	private static final FilterChain NOTHING = (request, response) -> {
	};

	private ConfigurableApplicationContext context;

	private Filter chain;

	private ServletContext servlet;

	private MockHttpSession session;

	private String basic;

	@Setup(Level.Trial)
	public void start() {
		this.context = new SpringApplicationBuilder(CloakroomApplication.class).profiles("simulation")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:sign-in-bench;DB_CLOSE_DELAY=-1",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.scheduling.enabled=false", "--CLOAKROOM_ADMIN_PASSWORD=" + PASSWORD,
					"--logging.level.root=WARN");
		this.chain = this.context.getBean("springSecurityFilterChain", Filter.class);
		this.servlet = ((WebApplicationContext) this.context).getServletContext();
		this.session = new MockHttpSession(this.servlet);
		this.session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("admin", null,
						ConsoleUserDetails.authorities(ConsoleRole.ADMIN))));
		this.basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public int publicPath() throws Exception {
		return pass(new MockHttpServletRequest(this.servlet, "GET", "/css/cloakroom.css"));
	}

	@Benchmark
	public int session() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servlet, "GET", "/api/v1/lockers");
		request.setSession(this.session);
		return pass(request);
	}

	@Benchmark
	public int basic() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servlet, "GET", "/api/v1/lockers");
		request.addHeader("Authorization", this.basic);
		return pass(request);
	}

	private int pass(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.chain.doFilter(request, response, NOTHING);
		if (response.getStatus() != 200) {
			throw new IllegalStateException(request.getRequestURI() + " answered " + response.getStatus());
		}
		return response.getStatus();
	}

}
