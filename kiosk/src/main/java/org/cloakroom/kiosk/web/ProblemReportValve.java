package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report as problem-details JSON instead of its HTML page: the answer
 * to a request Tomcat refuses before Spring sees it (a bad request line, an invalid
 * header, an illegal character in the address, an unreadable Content-Length).
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem(status, message(request, response), throwable)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response committed: nothing more to say
		}
	}

	/**
	 * Tomcat's message, or for an unreadable Content-Length (which it refuses without
	 * one) the header's value.
	 */
	private static String message(Request request, Response response) {
		String message = response.getMessage();
		String length = request.getCoyoteRequest().getHeader("content-length");
		if ((message == null || message.isBlank()) && length != null && !length.strip().matches("\\d{1,18}")) {
			return "The Content-Length header '" + length + "' is not a number of bytes";
		}
		return message;
	}

	static Map<String, Object> problem(int status, String message, Throwable throwable) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String said = (message != null && !message.isBlank()) ? message
				: (throwable != null) ? throwable.getMessage() : null;
		String detail = (said != null && !said.isBlank() && !JavaTypes.named(said)) ? said
				: "The request is not well-formed HTTP (" + status + " " + title + ")";
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:cloakroom:problem:" + ((status >= 500) ? "internal" : "malformed-request"));
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		return problem;
	}

}
