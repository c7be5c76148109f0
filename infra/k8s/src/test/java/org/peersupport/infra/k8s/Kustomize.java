package org.peersupport.infra.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Renders a Kustomize directory with {@code kubectl kustomize}, which works offline and
 * is what {@code kubectl apply -k} applies. kubectl rather than a Java Kustomize port, so
 * the test renders exactly what an operator applies.
 */
final class Kustomize {

	private static final List<String> KUBECTL_PLACES = List.of("/usr/bin/kubectl", "/usr/local/bin/kubectl");

	private Kustomize() {
	}

	/**
	 * Renders the directory; without kubectl the calling test is skipped, not failed, so
	 * that the build works on a machine with only a JDK (as the browser tests do without
	 * Chromium). {@code .ci/run} installs kubectl, so CI always renders and checks.
	 */
	static String render(Path directory) {
		String kubectl = kubectl().orElse(null);
		Assumptions.assumeTrue(kubectl != null,
				"kubectl is not installed: ManifestsTest renders the overlays with "
						+ "`kubectl kustomize`. Install the Debian package kubectl (apt-get install -y kubectl); "
						+ ".ci/run installs it when it is missing.");
		try {
			Path errors = Files.createTempFile("kustomize", ".err");
			Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
				.redirectError(errors.toFile())
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 60 s");
			}
			String stderr = Files.readString(errors);
			Files.delete(errors);
			if (process.exitValue() != 0) {
				throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + stderr);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + kubectl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> kubectl() {
		for (String place : KUBECTL_PLACES) {
			if (new File(place).canExecute()) {
				return Optional.of(place);
			}
		}
		String path = System.getenv().getOrDefault("PATH", "");
		for (String folder : path.split(File.pathSeparator)) {
			File candidate = new File(folder, "kubectl");
			if (candidate.canExecute()) {
				return Optional.of(candidate.getPath());
			}
		}
		return Optional.empty();
	}

}
