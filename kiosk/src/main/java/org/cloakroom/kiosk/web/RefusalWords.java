package org.cloakroom.kiosk.web;

import java.util.Locale;

import org.cloakroom.kiosk.Refusal;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words a person reads for a {@link Refusal}: {@code refusal.<code>} from the
 * modules' bundles ({@code messages/<module>.properties}) with the refusal's arguments.
 * English only for now.
 */
public final class RefusalWords {

	private static final ResourceBundleMessageSource BUNDLES = bundles();

	private RefusalWords() {
	}

	public static String of(Refusal refusal) {
		return BUNDLES.getMessage("refusal." + refusal.code(), refusal.arguments().toArray(), Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("messages/enrolment", "messages/policy", "messages/security");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		// '' is a quote in every message, with arguments or without
		bundles.setAlwaysUseMessageFormat(true);
		return bundles;
	}

}
