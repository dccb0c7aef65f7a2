package org.cloakroom.kiosk;

/**
 * The database refused its owner's password (and is not a database from before the owner
 * had one); start-up stops with one sentence naming where the password came from (see
 * {@link OwnerPasswordRefusedAnalyzer}).
 */
class OwnerPasswordRefusedException extends IllegalStateException {

	OwnerPasswordRefusedException(DatabaseLogin owner) {
		super("The database " + owner.url() + " refused the password of its owner " + owner.user() + ": check "
				+ owner.source() + ", which must hold the password this database was last started with");
	}

}
