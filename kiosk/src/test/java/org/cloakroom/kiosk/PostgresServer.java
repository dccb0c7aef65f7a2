package org.cloakroom.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * Debian's PostgreSQL for the tests of the central home: one server per test JVM, started
 * on first use on a free port of loopback with a data directory of its own under
 * {@code java.io.tmpdir}, and stopped (fast shutdown, by its PID) and removed when the
 * JVM ends. Each {@link #database()} is a new empty database on it, so test classes share
 * the server and nothing else. Run as root (CI), the server runs as the {@code postgres}
 * user the package creates, since PostgreSQL refuses to run as root.
 * <p>
 * It is a test server: {@code fsync} and {@code synchronous_commit} are off, which
 * changes what a crash would lose and nothing a test can see. Without the package it
 * fails naming it; it never skips.
 */
public final class PostgresServer {

	/** The superuser the server is made with; trusted on loopback, no password. */
	public static final String USER = "cloakroom_test";

	private static final Path VERSIONS = Path.of("/usr/lib/postgresql");

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static PostgresServer shared;

	private final Process process;

	private final Path directory;

	private final int port;

	private PostgresServer(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/** The server of this JVM, started by the first call. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-stop"));
		}
		return shared;
	}

	/** A new empty database on the shared server. */
	public static Database database() {
		return shared().createDatabase();
	}

	/**
	 * Points a Spring test at a new empty database as the central home uses it: its
	 * datasource, Flyway's (which would otherwise connect as H2's {@code sa}) and
	 * {@code cloakroom.home=central}.
	 */
	public static Database central(DynamicPropertyRegistry registry) {
		Database database = database();
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
		registry.add("spring.flyway.user", database::user);
		registry.add("spring.flyway.password", database::password);
		registry.add(Homes.PROPERTY, () -> Homes.CENTRAL);
		return database;
	}

	public int port() {
		return this.port;
	}

	private Database createDatabase() {
		String name = "cloakroom_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database " + name + ": " + ex.getMessage(), ex);
		}
		return new Database(url(name), USER, "");
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	private static PostgresServer start() {
		Path bin = binaries();
		try {
			Path directory = Files.createTempDirectory("cloakroom-postgres-");
			Path data = directory.resolve("data");
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				run(List.of("chown", "postgres:postgres", directory.toString()), directory);
			}
			List<String> initdb = List.of(bin.resolve("initdb").toString(), "--pgdata=" + data, "--username=" + USER,
					"--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");
			run(asPostgres(root, initdb), directory);
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> postgres = List.of(bin.resolve("postgres").toString(), "-D", data.toString(), "-p",
					String.valueOf(port), "-k", directory.toString(), "-c", "listen_addresses=127.0.0.1", "-c",
					"fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c",
					"max_connections=200");
			Process process = new ProcessBuilder(asPostgres(root, postgres)).redirectErrorStream(true)
				.redirectOutput(directory.resolve("postgres.log").toFile())
				.start();
			PostgresServer server = new PostgresServer(process, directory, port);
			await("PostgreSQL on port " + port).atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> {
					if (!process.isAlive()) {
						throw new AssertionError("PostgreSQL ended while starting:\n"
								+ Files.readString(directory.resolve("postgres.log")));
					}
					return server.answers();
				});
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start PostgreSQL for the tests", ex);
		}
	}

	/**
	 * The newest server binaries Debian's package installed; the package named when there
	 * are none.
	 */
	private static Path binaries() {
		try (Stream<Path> versions = Files.isDirectory(VERSIONS) ? Files.list(VERSIONS) : Stream.empty()) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("postgres"))
						&& Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparing((bin) -> versionOf(bin.getParent())))
				.orElseThrow(() -> new IllegalStateException("The central home's tests need PostgreSQL, and " + VERSIONS
						+ "/*/bin/postgres is not there: install Debian's package, "
						+ "apt-get install -y postgresql (README, \"Run the tests\")"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int versionOf(Path version) {
		String name = version.getFileName().toString();
		return name.matches("\\d+") ? Integer.parseInt(name) : 0;
	}

	/**
	 * The command as the {@code postgres} user when this JVM is root: {@code setpriv}
	 * replaces itself with the command, so the process started is the server itself and
	 * its PID is the server's.
	 */
	private static List<String> asPostgres(boolean root, List<String> command) {
		if (!root) {
			return command;
		}
		List<String> changed = new ArrayList<>(
				List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--reset-env", "--"));
		changed.addAll(command);
		return changed;
	}

	private static void run(List<String> command, Path directory) throws IOException {
		Path log = directory.resolve("setup.log");
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running " + command.get(0), ex);
		}
	}

	private boolean answers() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "")) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * PostgreSQL's fast shutdown (SIGINT: open connections are ended, not waited for), by
	 * the server's own PID, then its directory removed.
	 */
	private void stop() {
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(this.process.pid())).start()
				.waitFor(10, TimeUnit.SECONDS);
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			try (Stream<Path> files = Files.walk(this.directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		catch (IOException ex) {
			// the JVM is ending: a directory left in the temporary folder is all it costs
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One database on the server. */
	public record Database(String url, String user, String password) {

	}

}
