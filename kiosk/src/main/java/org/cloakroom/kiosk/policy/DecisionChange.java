package org.cloakroom.kiosk.policy;

/**
 * One fact that, changed, would change a phone's decision, found by deciding again with
 * it changed: {@code change} says which ({@link Change}), {@code app} and {@code appName}
 * name the flagged app for a removal (else null), {@code verdict} the decision it would
 * then be.
 */
public record DecisionChange(Change change, String app, String appName, Decision.Verdict verdict) {

	/** The facts {@link DecisionChanges} changes, one at a time. */
	public enum Change {

		/**
		 * The phone without one flagged app (by app id, or by display name for MDM
		 * lists).
		 */
		REMOVE_APP,
		/** The phone without every flagged app it holds. */
		REMOVE_ALL_FLAGGED_APPS,
		/** The employee declares the same apps afresh, attested now. */
		DECLARE_APPS,
		/** The employee declares the apps afresh, without the flagged ones. */
		DECLARE_WITHOUT_FLAGGED_APPS,
		/** An admin grants the phone an exemption. */
		GRANT_EXEMPTION,
		/** The phone's active exemption ends (expires or is revoked). */
		EXEMPTION_ENDS

	}

}
