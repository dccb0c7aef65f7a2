package org.cloakroom.kiosk.fleet.forward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLException;

import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.SecretsProperties;
import org.cloakroom.kiosk.audit.CheckpointFiles;
import org.cloakroom.kiosk.audit.cli.ChainHeadProbe;
import org.cloakroom.kiosk.fleet.forward.CentralClient;
import org.cloakroom.kiosk.fleet.forward.FleetSecrets;
import org.cloakroom.kiosk.fleet.forward.Membership;
import org.cloakroom.kiosk.fleet.wire.FleetRefusals;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.JoinRequest;
import org.cloakroom.kiosk.fleet.wire.Joined;
import org.cloakroom.kiosk.fleet.wire.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code fleet join --central URL --code CODE [--trust PEM]}: joins central with the join
 * code an admin got when registering this kiosk. It reads the kiosk's checkpoint public
 * keys and its log's head (the database read-only, the kiosk stopped), exchanges the code
 * for the kiosk's fleet token and wrapping key, and writes them and the membership
 * ({@code fleet.properties}) into the secrets directory, owner-only. The kiosk forwards
 * after its next start. Each refusal is one line, exit 1, nothing written.
 */
@Command(name = "join", mixinStandardHelpOptions = true,
		description = "Join central with a join code; the kiosk (stopped) forwards its log after its next start.")
final class JoinCommand implements Callable<Integer> {

	static final String JOIN = "api/v1/fleet/join";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Option(names = "--central", required = true, paramLabel = "URL",
			description = "Central's address, e.g. https://central.example.org/")
	URI central;

	@Option(names = "--code", required = true, paramLabel = "CODE",
			description = "The join code shown to the admin who registered this kiosk")
	String code;

	@Option(names = "--trust", paramLabel = "PEM",
			description = "Central's certificate or its CA (PEM); default: the JDK's trust store")
	Path trust;

	@Option(names = "--db", paramLabel = "PATH", defaultValue = "/var/lib/cloakroom/data/cloakroom.mv.db",
			description = "The kiosk's database file, read-only (default: ${DEFAULT-VALUE})")
	Path database;

	@Option(names = "--user", paramLabel = "NAME", defaultValue = "sa",
			description = "The database user (default: ${DEFAULT-VALUE})")
	String user;

	@Option(names = "--password-file", paramLabel = "FILE",
			defaultValue = "/var/lib/cloakroom/secrets/database-owner.password",
			description = "The database user's password (default: ${DEFAULT-VALUE})")
	Path passwordFile;

	@Option(names = "--checkpoints", paramLabel = "DIR", defaultValue = "/var/log/cloakroom/checkpoints",
			description = "The checkpoint directory, with the signing keys' public keys (default: ${DEFAULT-VALUE})")
	Path checkpoints;

	@Option(names = "--secrets", paramLabel = "DIR", defaultValue = "/var/lib/cloakroom/secrets",
			description = "The secrets directory (cloakroom.secrets.dir) the membership is written to"
					+ " (default: ${DEFAULT-VALUE})")
	Path secrets;

	JoinCommand() {
		this(Clock.systemUTC());
	}

	JoinCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() throws Exception {
		URI address = centralAddress();
		if (this.trust != null && !Files.isRegularFile(this.trust)) {
			throw bad("--trust " + this.trust + ": no such file");
		}
		if (!Files.isDirectory(this.checkpoints)) {
			throw bad("--checkpoints " + this.checkpoints + " is not a directory");
		}
		List<SigningKey> keys = CheckpointFiles.in(this.checkpoints)
			.publicKeys()
			.entrySet()
			.stream()
			.map((key) -> new SigningKey(key.getKey(), key.getValue()))
			.toList();
		ChainHeadProbe.Head head = head();
		CentralClient client = new CentralClient(address, this.trust, "--trust " + this.trust, TIMEOUT, TIMEOUT, null);
		Joined joined = join(client, new JoinRequest(this.code.strip(), keys, head.sequence(), head.hash()));
		FleetToken token = FleetToken.parse(joined.token())
			.orElseThrow(() -> new IllegalStateException("central at " + this.central
					+ " answered the join with no fleet token the kiosk can use; nothing was written"));
		Membership membership = new Membership(address, joined.kiosk(), joined.name(), joined.site(),
				(this.trust != null) ? this.trust.toAbsolutePath() : null, head.sequence(), this.clock.instant());
		new FleetSecrets(new SecretFiles(new SecretsProperties(this.secrets))).write(membership, token,
				joined.wrappingKey());
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("joined central at " + membership.central() + " as kiosk " + joined.kiosk() + " (" + joined.name()
				+ ", site " + joined.site() + ") with the log at entry " + head.sequence() + " and " + keys.size()
				+ " signing " + ((keys.size() == 1) ? "key" : "keys") + "; wrote " + FleetSecrets.TOKEN + ", "
				+ FleetSecrets.WRAPPING_KEY + " and " + FleetSecrets.MEMBERSHIP + " to " + this.secrets.toAbsolutePath()
				+ " (owner-only); the kiosk forwards its log to central after its next start"
				+ " (systemctl restart cloakroom)");
		out.flush();
		return 0;
	}

	private URI centralAddress() {
		try {
			return Membership.address(this.central);
		}
		catch (IllegalArgumentException ex) {
			throw bad("--central " + this.central + ": " + ex.getMessage());
		}
	}

	private Joined join(CentralClient client, JoinRequest request) throws InterruptedException {
		CentralClient.Answer answer;
		try {
			answer = client.post(JOIN, request);
		}
		catch (SSLException ex) {
			throw new IllegalStateException("central at " + this.central + " is not trusted: its certificate "
					+ ((this.trust != null) ? "does not chain to --trust " + this.trust
							: "does not chain to the JDK's trust store (give --trust with central's certificate or CA)")
					+ " or does not name " + this.central.getHost() + " (" + ex.getMessage() + "); nothing was written",
					ex);
		}
		catch (HttpTimeoutException ex) {
			throw new IllegalStateException("central at " + this.central + " did not answer within "
					+ TIMEOUT.toSeconds() + " s: check --central and the network; nothing was written", ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("central at " + this.central + " cannot be reached ("
					+ ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName())
					+ "): check --central and the network; nothing was written", ex);
		}
		if (answer.ok()) {
			return answer.as(Joined.class);
		}
		String code = answer.code();
		if (FleetRefusals.JOIN_CODE_UNKNOWN.equals(code)) {
			throw new IllegalStateException("central at " + this.central
					+ " knows no such join code: check it, or ask an admin to register this kiosk for a new one;"
					+ " nothing was written");
		}
		if (FleetRefusals.JOIN_CODE_EXPIRED.equals(code)) {
			throw new IllegalStateException("the join code has expired (a code is good for 24 hours):"
					+ " ask an admin for a new one; nothing was written");
		}
		if (FleetRefusals.JOIN_CODE_USED.equals(code)) {
			throw new IllegalStateException("the join code was used already (a code joins one kiosk, once):"
					+ " ask an admin for a new one; nothing was written");
		}
		throw new IllegalStateException(
				"central at " + this.central + " refused the join (" + answer.describe() + "); nothing was written");
	}

	/** The log's head (sequence and hash), from the database opened read-only. */
	private ChainHeadProbe.Head head() throws IOException {
		SingleConnectionDataSource database = KioskDatabase.open(this.spec, this.database, this.user, this.passwordFile,
				true);
		try {
			ChainHeadProbe.Head head = ChainHeadProbe.read(JdbcClient.create(database));
			if (head.problem().isPresent()) {
				throw new IllegalStateException("the audit log in " + this.database + " is not sound ("
						+ head.problem().get() + "): run audit verify; nothing was written");
			}
			return head;
		}
		finally {
			database.destroy();
		}
	}

	private ParameterException bad(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
