package org.cloakroom.kiosk.fleet.forward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.SecretsProperties;
import org.cloakroom.kiosk.audit.ChainCatchUp;
import org.cloakroom.kiosk.audit.OfflineVerification;
import org.cloakroom.kiosk.fleet.forward.CentralClient;
import org.cloakroom.kiosk.fleet.forward.FleetSecrets;
import org.cloakroom.kiosk.fleet.forward.Membership;
import org.cloakroom.kiosk.fleet.wire.FleetRefusals;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.HeldEntries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code fleet catch-up}: after a restore from an old backup, and before the kiosk starts
 * again, appends the entries central holds beyond the restored log's head, verbatim, each
 * checked with the kiosk's own chain key ({@link ChainCatchUp}), so that the kiosk goes
 * on from where its chain really ended rather than forking it. Exit 0 caught up (or
 * nothing to catch up), 1 refused (the entry that does not hold named; pages before it
 * stay appended), 2 bad arguments.
 */
@Command(name = "catch-up", mixinStandardHelpOptions = true,
		description = "Append the entries central holds beyond the (restored, stopped) kiosk's log head.")
final class CatchUpCommand implements Callable<Integer> {

	static final String EVENTS = "api/v1/fleet/events?after=";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Spec
	CommandSpec spec;

	@Option(names = "--db", paramLabel = "PATH", defaultValue = "/var/lib/cloakroom/data/cloakroom.mv.db",
			description = "The kiosk's database file, the kiosk stopped (default: ${DEFAULT-VALUE})")
	Path database;

	@Option(names = "--user", paramLabel = "NAME", defaultValue = "sa",
			description = "The database's owner (default: ${DEFAULT-VALUE})")
	String user;

	@Option(names = "--password-file", paramLabel = "FILE",
			defaultValue = "/var/lib/cloakroom/secrets/database-owner.password",
			description = "The owner's password (default: ${DEFAULT-VALUE})")
	Path passwordFile;

	@Option(names = "--secrets", paramLabel = "DIR", defaultValue = "/var/lib/cloakroom/secrets",
			description = "The secrets directory with the kiosk's membership of central (default: ${DEFAULT-VALUE})")
	Path secrets;

	@Option(names = "--key", paramLabel = "FILE",
			description = "The chain key (default: audit-chain.key in --secrets); retired keys beside it are used too")
	Path key;

	@Override
	public Integer call() throws Exception {
		FleetSecrets fleet = new FleetSecrets(new SecretFiles(new SecretsProperties(this.secrets)));
		if (!fleet.joined()) {
			throw bad(
					"--secrets " + this.secrets + " holds no " + FleetSecrets.MEMBERSHIP + ": the kiosk never joined");
		}
		Path chainKey = (this.key != null) ? this.key : this.secrets.resolve("audit-chain.key");
		if (!Files.isRegularFile(chainKey)) {
			throw bad("--key " + chainKey + ": no such file");
		}
		Membership membership = fleet.membership();
		CentralClient central = new CentralClient(membership.central(), membership.trust(),
				"trust in " + FleetSecrets.MEMBERSHIP, TIMEOUT, TIMEOUT, fleet.token());
		SingleConnectionDataSource database = KioskDatabase.open(this.spec, this.database, this.user, this.passwordFile,
				false);
		try {
			long from = ChainCatchUp.head(database);
			long head = from;
			for (HeldEntries page = fetch(central, head); !page.entries().isEmpty(); page = fetch(central, head)) {
				head = ChainCatchUp.append(database, OfflineVerification.chainKeysBeside(chainKey),
						page.entries().stream().map(ForwardedEntry::toAuditEntry).toList());
			}
			PrintWriter out = this.spec.commandLine().getOut();
			out.println((head == from)
					? "nothing to catch up: central at " + membership.central() + " holds nothing beyond entry " + from
					: "caught up: appended entries " + (from + 1) + " to " + head + " from central at "
							+ membership.central() + ", each checked with the chain key; the kiosk goes on from entry "
							+ head + " at its next start");
			out.flush();
			return 0;
		}
		finally {
			database.destroy();
		}
	}

	private HeldEntries fetch(CentralClient central, long after) throws InterruptedException {
		CentralClient.Answer answer;
		try {
			answer = central.get(EVENTS + after);
		}
		catch (IOException ex) {
			throw new IllegalStateException("central at " + central.central() + " cannot be reached ("
					+ ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName()) + ")", ex);
		}
		if (answer.ok()) {
			return answer.as(HeldEntries.class);
		}
		if (FleetRefusals.KIOSK_REVOKED.equals(answer.code())) {
			throw new IllegalStateException("central at " + central.central() + " revoked this kiosk");
		}
		throw new IllegalStateException("central at " + central.central() + " refused the entries after " + after + " ("
				+ answer.describe() + ")");
	}

	private ParameterException bad(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
