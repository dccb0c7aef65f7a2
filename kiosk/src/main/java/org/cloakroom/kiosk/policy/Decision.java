package org.cloakroom.kiosk.policy;

import java.util.List;

/** The compliance decision for one phone, with every reason that led to it. */
public sealed interface Decision {

	List<Reason> reasons();

	/** {@code CLEAR}, {@code MUST_STORE} or {@code UNKNOWN}. */
	String verdict();

	boolean mustStore();

	/** The phone may enter. */
	record Clear(List<Reason> reasons) implements Decision {

		public Clear {
			reasons = List.copyOf(reasons);
		}

		@Override
		public String verdict() {
			return "CLEAR";
		}

		@Override
		public boolean mustStore() {
			return false;
		}

	}

	/** The phone must stay outside, in a locker. */
	record MustStore(List<Reason> reasons) implements Decision {

		public MustStore {
			if (reasons.isEmpty()) {
				throw new IllegalArgumentException("MUST_STORE needs at least one reason");
			}
			reasons = List.copyOf(reasons);
		}

		@Override
		public String verdict() {
			return "MUST_STORE";
		}

		@Override
		public boolean mustStore() {
			return true;
		}

	}

}
