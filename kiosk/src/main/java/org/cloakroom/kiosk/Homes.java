package org.cloakroom.kiosk;

/**
 * Where the one program runs ({@code cloakroom.home}): the {@code kiosk} at a door (the
 * default), the {@code simulation}, or {@code central}, the instance on PostgreSQL that
 * officers and admins use for every door. Beans of one side say so with
 * {@link CentralHome} or {@link DoorHome}.
 */
public final class Homes {

	public static final String PROPERTY = "cloakroom.home";

	public static final String KIOSK = "kiosk";

	public static final String SIMULATION = "simulation";

	public static final String CENTRAL = "central";

	private Homes() {
	}

}
