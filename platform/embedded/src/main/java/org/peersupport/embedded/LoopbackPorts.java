package org.peersupport.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ports on the loopback interface, where the embedded infrastructure listens: a demo or a
 * test must not collide with anything already running.
 */
public final class LoopbackPorts {

	private LoopbackPorts() {
	}

	/**
	 * Every port this JVM handed out. The kernel may offer a port again as soon as it is
	 * closed, so two parts given ports one after another (a mail server, then a service)
	 * could otherwise get the same one, and the second fails to start.
	 */
	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private static final int ATTEMPTS = 100;

	/**
	 * A port that is free now and that this JVM has not handed out before. Another
	 * process may still take it before it is used.
	 */
	public static int free() {
		for (int i = 0; i < ATTEMPTS; i++) {
			int port = bindable();
			if (HANDED_OUT.add(port)) {
				return port;
			}
		}
		throw new IllegalStateException("no loopback port that was not handed out already");
	}

	/**
	 * Two neighbouring free ports, neither handed out before: a Kafka broker listens on
	 * the first and its controller on the next.
	 * @return the first of the two
	 */
	public static int freePair() {
		for (int i = 0; i < ATTEMPTS; i++) {
			int port = bindable();
			if (port < 65535 && !HANDED_OUT.contains(port) && !HANDED_OUT.contains(port + 1) && isFree(port + 1)
					&& HANDED_OUT.add(port)) {
				if (HANDED_OUT.add(port + 1)) {
					return port;
				}
				HANDED_OUT.remove(port);
			}
		}
		throw new IllegalStateException("no two neighbouring free loopback ports");
	}

	private static int bindable() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free loopback port", ex);
		}
	}

	/** Whether nothing listens on the port: it can be bound now. */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Whether something accepts connections on the port, within half a second. */
	public static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
