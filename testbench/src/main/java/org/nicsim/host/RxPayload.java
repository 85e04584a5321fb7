package org.nicsim.host;

/** What a received frame carries through netisr: enough for the forwarding app to send it on. */
public interface RxPayload {
    /** The frame's index in the run. */
    long index();

    /** The frame as injected. */
    byte[] bytes();
}
