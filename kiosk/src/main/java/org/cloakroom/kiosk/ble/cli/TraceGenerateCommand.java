package org.cloakroom.kiosk.ble.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.cloakroom.kiosk.ble.trace.GeneratedPerson;
import org.cloakroom.kiosk.ble.trace.GeneratedTrace;
import org.cloakroom.kiosk.ble.trace.Population;
import org.cloakroom.kiosk.ble.trace.Scenario;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TraceGenerator;
import org.cloakroom.kiosk.ble.trace.TraceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ble trace generate}: writes a labelled trace and prints, as JSON, who is in it
 * (each person's device, IRK for {@code ble replay --irk}, and ground truth).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate a labelled trace: arrival, corridor, linger, inside or quiet.")
final class TraceGenerateCommand implements Runnable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Spec
	private CommandSpec spec;

	@Option(names = "--scenario", required = true, description = "arrival, corridor, linger, inside or quiet")
	private String scenario;

	@Option(names = "--seed", defaultValue = "1", description = "Seeds the random numbers (default ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = "--count", defaultValue = "10", description = "How many people (default ${DEFAULT-VALUE}).")
	private int count;

	@Option(names = "--carried",
			description = "Phones also in pockets and backpacks: hand=40,pocket=45,backpack=15 (default: all in the hand).")
	private boolean carried;

	@Option(names = "--carrying", paramLabel = "hand=W,pocket=W,backpack=W",
			description = "Weights of the carrying positions, e.g. pocket=1 (all in a pocket); wins over --carried.")
	private String carrying;

	@Option(names = "--models", paramLabel = "reference|measured", defaultValue = "reference",
			description = "reference: every phone the reference phone (reference-power-dbm at 1 m); measured: phone "
					+ "models drawn from the shared data's levels at 1 m (default: ${DEFAULT-VALUE}).")
	private String models;

	@Option(names = "--model-spread", paramLabel = "DB", defaultValue = "38",
			description = "With --models measured, how far apart the models are at 1 m, 0 to 60 dB (default: "
					+ "${DEFAULT-VALUE}, as measured).")
	private double modelSpread;

	@Option(names = "--start", defaultValue = "2026-11-22T09:00:00Z", description = "When the trace starts.")
	private String start;

	@Option(names = "--out", required = true, description = "The trace file to write (replaced).")
	private Path out;

	@Override
	public void run() {
		Scenario what = parseScenario();
		if (this.count < 1 || this.count > 100_000) {
			throw new ParameterException(this.spec.commandLine(),
					"--count must be between 1 and 100000, got " + this.count);
		}
		GeneratedTrace trace = new TraceGenerator(this.seed, population()).generate(what, this.count, startTime());
		write(trace);
		ObjectNode summary = JSON.createObjectNode();
		summary.put("file", this.out.toString());
		summary.put("scenario", what.label());
		summary.put("seed", this.seed);
		summary.put("advertisements", trace.entries().size());
		ArrayNode people = summary.putArray("people");
		trace.people().forEach((person) -> people.add(describe(person)));
		this.spec.commandLine().getOut().println(JSON.writeValueAsString(summary));
	}

	private void write(GeneratedTrace trace) {
		try {
			Files.deleteIfExists(this.out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot replace " + this.out + ": " + ex.getMessage(), ex);
		}
		try (TraceWriter writer = new TraceWriter(this.out, false)) {
			for (TraceEntry entry : trace.entries()) {
				writer.write(entry.advertisement(), entry.label());
			}
		}
	}

	private static ObjectNode describe(GeneratedPerson person) {
		ObjectNode node = JSON.createObjectNode();
		node.put("device", person.device());
		node.put("irk", person.irk());
		node.put("carrying", person.carrying().label());
		node.put("levelAt1m", Math.round(person.levelAt1m() * 10) / 10.0);
		node.put("start", person.start().toString());
		node.put("withinOneMetre", (person.withinOneMetre() != null) ? person.withinOneMetre().toString() : null);
		node.put("quietFrom", (person.quietFrom() != null) ? person.quietFrom().toString() : null);
		node.put("end", person.end().toString());
		return node;
	}

	private Population population() {
		try {
			boolean reference = switch (this.models) {
				case "reference" -> true;
				case "measured" -> false;
				default -> throw new IllegalArgumentException(
						"--models must be reference or measured, got '" + this.models + "'");
			};
			Population population = (this.carried ? Population.CARRIED : Population.IN_THE_HAND);
			population = new Population(this.modelSpread, reference, population.carrying());
			return (this.carrying != null) ? population.withCarrying(this.carrying) : population;
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private Scenario parseScenario() {
		try {
			return Scenario.parse(this.scenario);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private Instant startTime() {
		try {
			return Instant.parse(this.start);
		}
		catch (DateTimeParseException ex) {
			throw new ParameterException(this.spec.commandLine(),
					"--start must be an ISO-8601 instant such as 2026-11-22T09:00:00Z, got '" + this.start + "'");
		}
	}

}
