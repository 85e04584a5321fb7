package org.nicsim.model.netisr;

/** A {@link NetisrHandler} broke a registration rule; the message names the field. */
public final class NetisrRegistrationException extends IllegalArgumentException {
    private final String field;

    public NetisrRegistrationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The {@code nh_*} field at fault. */
    public String field() {
        return field;
    }
}
