package org.cloakroom.kiosk.web.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.security.ConsoleUser;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Console users, administered by an admin: listed (never a password or a hash), created
 * with a role and a temporary password, given another role, disabled and enabled, their
 * password reset. Each change is audited in the signed-in admin's name; a temporary
 * password must be changed at the next sign-in.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "console users", description = "Who may sign in to the consoles and the API, with which role")
class ConsoleUsersApi {

	private final ConsoleUsers users;

	ConsoleUsersApi(ConsoleUsers users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Every console user, by name")
	List<ConsoleUser> list() {
		return this.users.list();
	}

	@GetMapping("/{username}")
	@Operation(summary = "One console user")
	ConsoleUser get(@PathVariable String username) {
		return this.users.get(username);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a console user with a role and a temporary password to change at first sign-in")
	ResponseEntity<ConsoleUser> create(@RequestBody ConsoleUserRequest request, SignedInUser admin) {
		ConsoleUser created = this.users.create(request.username(), request.role(), request.password(), admin.name());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@PostMapping(path = "/{username}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Give a console user another role")
	ConsoleUser changeRole(@PathVariable String username, @RequestBody ConsoleUserRequest request, SignedInUser admin) {
		return this.users.changeRole(username, request.role(), admin.name());
	}

	@PostMapping("/{username}/disable")
	@Operation(summary = "Disable a console user: no more sign-in (never the last enabled admin)")
	ConsoleUser disable(@PathVariable String username, SignedInUser admin) {
		return this.users.disable(username, admin.name());
	}

	@PostMapping("/{username}/enable")
	@Operation(summary = "Enable a disabled console user again")
	ConsoleUser enable(@PathVariable String username, SignedInUser admin) {
		return this.users.enable(username, admin.name());
	}

	@PostMapping(path = "/{username}/password-reset", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a temporary password the console user must change at the next sign-in")
	ConsoleUser resetPassword(@PathVariable String username, @RequestBody ConsoleUserRequest request,
			SignedInUser admin) {
		return this.users.resetPassword(username, request.password(), admin.name());
	}

}
