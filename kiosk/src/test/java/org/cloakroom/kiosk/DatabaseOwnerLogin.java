package org.cloakroom.kiosk;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database's owner, for tests that play someone with the database file and its
 * owner's password: only the owner may drop the audit log's triggers before tampering
 * with it. The application's own pool connects as a user without those rights.
 */
public final class DatabaseOwnerLogin {

	private DatabaseOwnerLogin() {
	}

	/** Each statement on a new connection of the owner to the context's database. */
	public static JdbcTemplate jdbcTemplate(ApplicationContext context) {
		DatabaseLogin owner = context.getBean(DatabaseLogins.class).owner();
		return new JdbcTemplate(new DriverManagerDataSource(owner.url(), owner.user(), owner.password()));
	}

	public static JdbcClient jdbcClient(ApplicationContext context) {
		return JdbcClient.create(jdbcTemplate(context));
	}

}
