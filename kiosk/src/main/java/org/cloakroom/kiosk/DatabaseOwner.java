package org.cloakroom.kiosk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The owner's connection, opened before anything else touches the database and held until
 * the application stops: the database-wide settings only the owner may give (write delay,
 * trace level, close delay) hold for the application's connections, and an in-memory
 * database outlives the migration. Flyway migrates on it too, because H2 evaluates a
 * {@code CHECK (x IN (...))} with the session that created it, so that session must stay
 * open while the database does. A database made before the owner had a password (user
 * {@code sa}, empty password) gets the owner's password on first open. The backup module
 * takes its backups through it: {@code BACKUP TO} needs an administrator.
 */
public final class DatabaseOwner implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOwner.class);

	private final Connection connection;

	private final DatabaseLogin login;

	private DatabaseOwner(Connection connection, DatabaseLogin login) {
		this.connection = connection;
		this.login = login;
	}

	static DatabaseOwner open(DatabaseLogin owner) {
		try {
			return new DatabaseOwner(DriverManager.getConnection(owner.url(), owner.user(), owner.password()), owner);
		}
		catch (SQLException ex) {
			if (!isLoginRefused(ex)) {
				throw new IllegalStateException("Cannot open the database " + owner.url() + ": " + ex.getMessage(), ex);
			}
		}
		return new DatabaseOwner(upgradeFromEmptyPassword(owner), owner);
	}

	/**
	 * Writes an online backup of the whole database to {@code zip} with H2's
	 * {@code BACKUP TO}: a consistent copy of what was committed, taken while the
	 * application goes on writing. One at a time: the owner's connection is shared.
	 * @throws SQLException as H2 refuses it (an in-memory database, a directory that is
	 * not there or not writable, a full disk)
	 */
	public synchronized void backupTo(Path zip) throws SQLException {
		try (PreparedStatement backup = this.connection.prepareStatement("BACKUP TO ?")) {
			backup.setString(1, zip.toAbsolutePath().toString());
			backup.execute();
		}
	}

	/**
	 * Opens a copy of a database read-only as the owner (whose password a backup keeps);
	 * the caller closes it.
	 * @param database the database file without its {@code .mv.db}
	 */
	public Connection openCopy(Path database) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath() + ";ACCESS_MODE_DATA=r",
				this.login.user(), this.login.password());
	}

	/**
	 * The application's user gets (or keeps) its password and the rights to read and
	 * write rows in every table of the schema, present and future; it cannot create,
	 * alter or drop anything, nor administer users.
	 */
	void grant(DatabaseLogin application) {
		String user = application.user();
		try {
			// the password on each start: a new one in the secret file takes effect
			execute("CREATE USER IF NOT EXISTS " + user + " PASSWORD ?", application.password());
			execute("ALTER USER " + user + " SET PASSWORD ?", application.password());
			execute("ALTER USER " + user + " ADMIN FALSE");
			// on the schema, so that a table a later migration creates needs no grant of
			// its own
			execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + user);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot give the database user " + user + " its rights: " + ex.getMessage(),
					ex);
		}
	}

	private void execute(String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			statement.execute();
		}
	}

	/** The held connection as a data source that never closes it (for Flyway). */
	DataSource dataSource() {
		return new SingleConnectionDataSource(this.connection, true);
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

	private static Connection upgradeFromEmptyPassword(DatabaseLogin owner) {
		Connection connection;
		try {
			connection = DriverManager.getConnection(owner.url(), owner.user(), "");
		}
		catch (SQLException ex) {
			if (isLoginRefused(ex)) {
				throw new OwnerPasswordRefusedException(owner);
			}
			throw new IllegalStateException("Cannot open the database " + owner.url() + ": " + ex.getMessage(), ex);
		}
		try (PreparedStatement password = connection
			.prepareStatement("ALTER USER " + owner.user() + " SET PASSWORD ?")) {
			password.setString(1, owner.password());
			password.execute();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot give the database's owner " + owner.user() + " a password: " + ex.getMessage(), ex);
		}
		log.info("The database's owner {} had an empty password; it now has the one from {}", owner.user(),
				owner.source());
		return connection;
	}

	/** SQL state class 28: invalid authorization (H2: wrong user name or password). */
	private static boolean isLoginRefused(SQLException ex) {
		return ex.getSQLState() != null && ex.getSQLState().startsWith("28");
	}

}
