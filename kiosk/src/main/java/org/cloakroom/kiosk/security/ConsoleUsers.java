package org.cloakroom.kiosk.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Console users administered in the product: created with a role and a temporary
 * password, given another role, disabled and enabled, their password reset, and each
 * one's own password changed. Every change is an audited event naming who made it, never
 * the password or its hash. No change may leave the consoles without an enabled admin.
 */
@Service
@Transactional
public class ConsoleUsers {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	/** BCrypt reads no further than 72 bytes, and Spring Security refuses more. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final ConsoleUserTable table;

	private final PasswordEncoder encoder;

	private final SignInProperties settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ConsoleUsers(ConsoleUserTable table, PasswordEncoder encoder, SignInProperties settings, Clock clock,
			ApplicationEventPublisher events) {
		this.table = table;
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ConsoleUser> list() {
		Instant now = this.clock.instant();
		return this.table.all().stream().map((row) -> row.view(now)).toList();
	}

	@Transactional(readOnly = true)
	public ConsoleUser get(String username) {
		return row(username).view(this.clock.instant());
	}

	/**
	 * A new console user, who must change the temporary password at first sign-in.
	 */
	public ConsoleUser create(String username, ConsoleRole role, String temporaryPassword, String by) {
		requireName(username);
		requireRole(role);
		requirePassword(temporaryPassword);
		if (this.table.find(username).isPresent()) {
			throw new ConsoleUserRefusal(Refusal.Kind.CONFLICT, "console-user-exists", username);
		}
		this.table.insert(username, this.encoder.encode(temporaryPassword), role, true, by, this.clock.instant());
		this.events.publishEvent(new ConsoleUserCreated(username, role, by));
		return get(username);
	}

	public ConsoleUser changeRole(String username, ConsoleRole role, String by) {
		requireRole(role);
		ConsoleUserTable.Row row = row(username);
		if (row.role() != role) {
			if (row.role() == ConsoleRole.ADMIN && row.enabled()) {
				requireAnotherAdmin(username);
			}
			this.table.role(username, role, by, this.clock.instant());
			this.events.publishEvent(new ConsoleUserRoleChanged(username, row.role(), role, by));
		}
		return get(username);
	}

	public ConsoleUser disable(String username, String by) {
		ConsoleUserTable.Row row = row(username);
		if (row.enabled()) {
			if (row.role() == ConsoleRole.ADMIN) {
				requireAnotherAdmin(username);
			}
			this.table.enabled(username, false, by, this.clock.instant());
			this.events.publishEvent(new ConsoleUserDisabled(username, by));
		}
		return get(username);
	}

	public ConsoleUser enable(String username, String by) {
		if (!row(username).enabled()) {
			this.table.enabled(username, true, by, this.clock.instant());
			this.events.publishEvent(new ConsoleUserEnabled(username, by));
		}
		return get(username);
	}

	/**
	 * A temporary password the console user must change at the next sign-in; a lock-out
	 * ends with it.
	 */
	public ConsoleUser resetPassword(String username, String temporaryPassword, String by) {
		row(username);
		requirePassword(temporaryPassword);
		this.table.password(username, this.encoder.encode(temporaryPassword), true, by, this.clock.instant());
		this.events.publishEvent(new ConsoleUserPasswordReset(username, by));
		return get(username);
	}

	/** A console user's own new password, given the current one. */
	public ConsoleUser changeOwnPassword(String username, String currentPassword, String newPassword) {
		ConsoleUserTable.Row row = row(username);
		if (currentPassword == null || !this.encoder.matches(currentPassword, row.passwordHash())) {
			throw new ConsoleUserRefusal(Refusal.Kind.NOT_ALLOWED, "console-user-password-wrong", username);
		}
		requirePassword(newPassword);
		if (newPassword.equals(currentPassword)) {
			throw new ConsoleUserRefusal(Refusal.Kind.INVALID, "console-user-password-unchanged");
		}
		this.table.password(username, this.encoder.encode(newPassword), false, username, this.clock.instant());
		this.events.publishEvent(new ConsoleUserPasswordChanged(username));
		return get(username);
	}

	/** The first admin, when there is no console user at all; false when there is one. */
	boolean createFirstAdmin(String username, String password, boolean mustChange, String by) {
		if (this.table.count() > 0) {
			return false;
		}
		requirePassword(password);
		this.table.insert(username, this.encoder.encode(password), ConsoleRole.ADMIN, mustChange, by,
				this.clock.instant());
		this.events.publishEvent(new ConsoleUserCreated(username, ConsoleRole.ADMIN, by));
		return true;
	}

	private ConsoleUserTable.Row row(String username) {
		return this.table.find((username != null) ? username : "")
			.orElseThrow(() -> new ConsoleUserRefusal(Refusal.Kind.NOT_FOUND, "console-user-not-found", username));
	}

	private void requireAnotherAdmin(String username) {
		if (this.table.enabledAdmins() <= 1) {
			throw new ConsoleUserRefusal(Refusal.Kind.CONFLICT, "console-user-last-admin", username);
		}
	}

	private static void requireName(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new ConsoleUserRefusal(Refusal.Kind.INVALID, "console-user-name-invalid", username);
		}
	}

	private static void requireRole(ConsoleRole role) {
		if (role == null) {
			throw new ConsoleUserRefusal(Refusal.Kind.INVALID, "console-user-role-required");
		}
	}

	private void requirePassword(String password) {
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < this.settings.minPasswordLength()) {
			throw new ConsoleUserRefusal(Refusal.Kind.INVALID, "console-user-password-too-short",
					this.settings.minPasswordLength());
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new ConsoleUserRefusal(Refusal.Kind.INVALID, "console-user-password-too-long", MAX_PASSWORD_BYTES);
		}
	}

}
