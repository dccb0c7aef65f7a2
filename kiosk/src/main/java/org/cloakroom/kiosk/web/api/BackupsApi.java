package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.DoorHome;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.backup.BackupFile;
import org.cloakroom.kiosk.backup.DatabaseBackups;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The database's backups, for an admin: the ones in the backup directory, and one taken
 * now (audited in the admin's name); a backup that cannot be written is refused (409)
 * saying why.
 */
@DoorHome
@RestController
@RequestMapping("/api/v1/backups")
@Tag(name = "backups", description = "Online backups of the database (README \"Backups and restore\")")
class BackupsApi {

	private final DatabaseBackups backups;

	BackupsApi(DatabaseBackups backups) {
		this.backups = backups;
	}

	@GetMapping
	@Operation(summary = "The backups in the backup directory, newest first")
	List<BackupFile> list() {
		return this.backups.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take a backup now")
	BackupFile take(SignedInUser admin) {
		return this.backups.take(admin.name());
	}

}
