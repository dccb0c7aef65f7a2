package org.cloakroom.kiosk.policy;

import java.util.List;

/** The compliance decision for one phone, with every reason that led to it. */
public sealed interface Decision {

	/** The three verdicts, by name as the API and the log write them. */
	enum Verdict {

		CLEAR, MUST_STORE, UNKNOWN

	}

	List<Reason> reasons();

	/** Which of the three cases this is, for views and the log. */
	Verdict verdict();

	/** Whether the kiosk must have the phone stored. */
	boolean mustStore();

	/** The phone may enter. */
	record Clear(List<Reason> reasons) implements Decision {

		public Clear {
			reasons = List.copyOf(reasons);
		}

		@Override
		public Verdict verdict() {
			return Verdict.CLEAR;
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
		public Verdict verdict() {
			return Verdict.MUST_STORE;
		}

		@Override
		public boolean mustStore() {
			return true;
		}

	}

	/**
	 * The evidence about an enrolled phone is not enough to decide (under a policy
	 * setting that says so, e.g. no inventory at all); the reasons say what is missing.
	 */
	record Unknown(List<Reason> reasons) implements Decision {

		public Unknown {
			if (reasons.isEmpty()) {
				throw new IllegalArgumentException("UNKNOWN needs at least one reason");
			}
			reasons = List.copyOf(reasons);
		}

		@Override
		public Verdict verdict() {
			return Verdict.UNKNOWN;
		}

		/**
		 * True: the kiosk stores a phone when this is true, and a secure area must not
		 * admit a phone it knows too little about. UNKNOWN differs from MUST_STORE in
		 * what it tells officers (missing evidence, not a forbidden app), not in what the
		 * kiosk does.
		 */
		@Override
		public boolean mustStore() {
			return true;
		}

	}

}
