package org.cloakroom.kiosk.ble.cli;

import java.util.concurrent.Callable;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.InvalidIdentity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ble resolve --irk <32 hex> --address AA:BB:CC:DD:EE:FF}: whether the address is
 * a resolvable private address made with that IRK, and if not, why. Exit 0 either way
 * (the answer is the JSON); a bad IRK or address is a usage error.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = "Says whether a Bluetooth address resolves with an Identity Resolving Key (Core Spec ah).")
final class ResolveCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--irk", required = true, paramLabel = "<32 hex>",
			description = "The IRK, most significant byte first (as BlueZ's info file writes it).")
	private String irk;

	@Option(names = "--address", required = true, paramLabel = "<AA:BB:CC:DD:EE:FF>",
			description = "The address as the scanner shows it, most significant byte first.")
	private String address;

	@Override
	public Integer call() {
		IdentityResolvingKey key;
		BleAddress parsed;
		try {
			key = IdentityResolvingKey.parseHex(this.irk);
		}
		catch (IllegalArgumentException ex) {
			throw usage("--irk: " + ex.getMessage());
		}
		try {
			parsed = BleAddress.parse(this.address.strip());
		}
		catch (InvalidIdentity ex) {
			throw usage("--address: " + ex.getMessage());
		}
		this.spec.commandLine().getOut().println(Json.write(AddressResolution.of(key, parsed)));
		return 0;
	}

	private CommandLine.ParameterException usage(String message) {
		return new CommandLine.ParameterException(this.spec.commandLine(), message);
	}

}
