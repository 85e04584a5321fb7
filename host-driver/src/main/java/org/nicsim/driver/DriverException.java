package org.nicsim.driver;

/** The device did not behave as the register contract says (bad identity, reset never completes, ...). */
public class DriverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DriverException(String message) {
        super(message);
    }
}
