package org.cloakroom.kiosk.fleet.forward.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A stopped kiosk's H2 database as the fleet tools open it: the file given with or
 * without {@code .mv.db}, the user's password from a file; a file that is missing or a
 * database that does not open (in use by the running kiosk, a wrong password) is the
 * command's usage error naming the option.
 */
final class KioskDatabase {

	private static final String H2_SUFFIX = ".mv.db";

	private KioskDatabase() {
	}

	static SingleConnectionDataSource open(CommandSpec spec, Path database, String user, Path passwordFile,
			boolean readOnly) throws IOException {
		Path file = (!Files.exists(database) && Files.exists(Path.of(database + H2_SUFFIX)))
				? Path.of(database + H2_SUFFIX) : database;
		if (!Files.isRegularFile(file)) {
			throw new ParameterException(spec.commandLine(), "--db " + database + ": no such file");
		}
		if (!Files.isRegularFile(passwordFile)) {
			throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile + ": no such file");
		}
		String path = file.toAbsolutePath().toString();
		String name = path.endsWith(H2_SUFFIX) ? path.substring(0, path.length() - H2_SUFFIX.length()) : path;
		String url = "jdbc:h2:file:" + name + (readOnly ? ";ACCESS_MODE_DATA=r" : "") + ";IFEXISTS=TRUE";
		SingleConnectionDataSource opened = new SingleConnectionDataSource(url, user,
				Files.readString(passwordFile).strip(), true);
		try {
			opened.getConnection();
			return opened;
		}
		catch (SQLException ex) {
			opened.destroy();
			throw new ParameterException(spec.commandLine(), "--db " + database + " does not open as user " + user
					+ " (is the kiosk stopped?): " + ex.getMessage());
		}
	}

}
