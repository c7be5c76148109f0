package org.peersupport.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.peersupport.embedded.LoopbackPorts;

/**
 * A built jar started as an operator or a deployment starts it: its own JVM, plain
 * {@code java -jar}, configured from the environment only. Its output goes to a file
 * under {@code target/} that outlives the test, so a failed start can be read.
 */
public final class RunnableJar implements AutoCloseable {

	/** Start-up takes well under a minute on two cores; more when the machine is busy. */
	private static final Duration START = Duration.ofMinutes(4);

	private static final Duration STOP = Duration.ofSeconds(90);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final Path log;

	private final Map<String, String> environment;

	private boolean stoppedOnSigterm;

	private RunnableJar(Process process, Path log, Map<String, String> environment) {
		this.process = process;
		this.log = log;
		this.environment = environment;
	}

	/** Starts the jar with these environment variables and nothing else set. */
	public static RunnableJar start(Path jar, Map<String, String> environment) {
		Path log = Path.of("target", jar.getFileName().toString().replaceFirst("\\.jar$", ".log"));
		ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		java.environment().putAll(environment);
		try {
			return new RunnableJar(java.start(), log, Map.copyOf(environment));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a service's runnable jar on a free port, on this JVM's test broker, a fresh
	 * database and the test identity provider, exactly as a deployment configures it:
	 * from environment variables. {@link #awaitServiceReady()} waits for it.
	 */
	public static RunnableJar service(String service, Path jar) {
		return service(service, jar, LoopbackPorts.free(), Map.of());
	}

	/**
	 * As {@link #service(String, Path)}, on a port chosen beforehand (so that another
	 * service can be told where it is) and with further environment variables.
	 */
	public static RunnableJar service(String service, Path jar, int port, Map<String, String> more) {
		Map<String, String> environment = new HashMap<>();
		TestInfrastructure.springProperties(service).forEach((key, value) -> environment.put(variable(key), value));
		environment.put("SERVER_PORT", String.valueOf(port));
		environment.putAll(more);
		return start(jar, environment);
	}

	/**
	 * The jar that {@code package} made in a module's {@code target/}.
	 * @param target the folder, relative to the module that runs the test
	 * @param glob the jar's file name, such as {@code standalone-*-exec.jar}
	 */
	public static Path built(Path target, String glob) {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, glob)) {
			for (Path jar : jars) {
				return jar.toAbsolutePath().normalize();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no " + target.resolve(glob) + ": this test runs after mvn package", ex);
		}
		throw new IllegalStateException("no " + target.resolve(glob) + ": this test runs after mvn package");
	}

	/**
	 * The environment variable that Spring Boot binds to a property:
	 * {@code spring.datasource.url} is {@code SPRING_DATASOURCE_URL}.
	 */
	public static String variable(String property) {
		return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
	}

	/** Waits until a service jar's readiness probe answers 200. */
	public void awaitServiceReady() {
		awaitReady(() -> get("/actuator/health/readiness", null).statusCode() == 200);
	}

	/**
	 * Waits until the jar says it is ready; fails at once with its output if it exits.
	 */
	public void awaitReady(Callable<Boolean> ready) {
		Instant deadline = Instant.now().plus(START);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new AssertionError(
						"the jar exited (" + this.process.exitValue() + ") before it was ready:\n" + tail());
			}
			try {
				if (ready.call()) {
					return;
				}
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while the jar started", ex);
			}
			catch (Exception ex) {
				// not listening yet
			}
		}
		throw new AssertionError("the jar was not ready within " + START + ":\n" + tail());
	}

	/** The base URL of a service jar's HTTP port. */
	public String url() {
		return "http://localhost:" + this.environment.get("SERVER_PORT");
	}

	/** A GET, with a bearer token unless it is null. */
	public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send(request(path, token).GET());
	}

	/** A POST of a JSON body, with a bearer token unless it is null. */
	public HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(20));
		return (token != null) ? request.header("Authorization", "Bearer " + token) : request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Everything the jar has printed so far. */
	public String output() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The last few thousand characters of the output, for a failure message. */
	public String tail() {
		String text = output();
		return text.substring(Math.max(0, text.length() - 4000));
	}

	/** Whether {@link #close()} found the jar stopped within 90 s of SIGTERM. */
	public boolean stoppedOnSigterm() {
		return this.stoppedOnSigterm;
	}

	/** Stops the jar as an orchestrator does: SIGTERM, then SIGKILL if it hangs. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			this.stoppedOnSigterm = this.process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
			if (!this.stoppedOnSigterm) {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
