package org.cloakroom.kiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Expands {@code @file} arguments exactly as the field tools' command line will: picocli
 * parses the arguments with a specification that accepts anything and hands back its
 * {@link CommandLine.ParseResult#expandedArgs() expanded arguments}, so quoting, comments
 * and nested files follow picocli's own rules. The launcher needs them before picocli
 * runs, to tell a tool ({@code @args} holding {@code ble replay ...}) from the kiosk.
 */
final class ArgumentFiles {

	private ArgumentFiles() {
	}

	/**
	 * The arguments with every readable {@code @file} replaced by its contents.
	 * @throws IllegalArgumentException naming the file when the first argument is an
	 * {@code @file} that cannot be read: guessing would start the kiosk instead of the
	 * tool
	 */
	static List<String> expand(String[] args) {
		if (args.length > 0 && args[0].startsWith("@") && args[0].length() > 1
				&& !Files.isReadable(Path.of(args[0].substring(1)))) {
			throw new IllegalArgumentException("cannot read the argument file " + args[0].substring(1));
		}
		CommandSpec anything = CommandSpec.create();
		anything.addPositional(PositionalParamSpec.builder().arity("0..*").type(String[].class).build());
		anything.parser().unmatchedOptionsArePositionalParams(true);
		return new CommandLine(anything).parseArgs(args).expandedArgs();
	}

}
