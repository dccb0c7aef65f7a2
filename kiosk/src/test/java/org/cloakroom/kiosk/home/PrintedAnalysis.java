package org.cloakroom.kiosk.home;

import java.util.List;

/**
 * The failure analysis as Spring Boot prints it (LoggingFailureAnalysisReporter): the
 * lines under "Description:" and under "Action:" of the last report in {@code output}.
 */
record PrintedAnalysis(List<String> description, List<String> action) {

	static PrintedAnalysis of(String output) {
		int description = output.lastIndexOf("Description:");
		int action = output.indexOf("Action:", description);
		if (description < 0 || action < 0) {
			throw new AssertionError("no failure analysis in the output:\n" + output);
		}
		return new PrintedAnalysis(lines(output.substring(description + "Description:".length(), action)),
				lines(output.substring(action + "Action:".length())));
	}

	private static List<String> lines(String block) {
		return block.strip().lines().map(String::strip).toList();
	}

}
