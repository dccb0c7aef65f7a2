package org.cloakroom.kiosk.ble.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.ble.decode.AdDecoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ble decode <hex>}: everything the kiosk reads from raw advertising data, as
 * JSON. Malformed parts are listed under {@code problems}, not refused: the tool shows
 * what the pipeline would make of the bytes.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
		description = "Decodes raw advertising data (AD structures, as hex) and prints what it says as JSON.")
final class DecodeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<hex>",
			description = "The AD bytes as hex; spaces, colons and a leading 0x are allowed, e.g. 02 01 06 1a ff 4c 00 ...")
	private List<String> hex;

	@Override
	public Integer call() {
		byte[] raw;
		try {
			raw = HexArgument.parse(String.join(" ", this.hex));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		this.spec.commandLine().getOut().println(Json.write(AdDecoder.decode(raw)));
		return 0;
	}

}
