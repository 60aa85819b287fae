package dev.evalwire.testing.internal;

/**
 * A query parameter the sandbox refuses. {@link ResourceApi} turns it into the vendor's {@link
 * ErrorShapes#badParameter} answer, so parsing code can simply throw it.
 */
public final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String problem;

    /**
     * @param name the parameter's name
     * @param problem what is wrong with its value
     */
    public BadParameterException(String name, String problem) {
        super(name + ": " + problem, null, false, false);
        this.name = name;
        this.problem = problem;
    }

    /** The parameter's name. */
    public String name() {
        return name;
    }

    /** What is wrong with its value. */
    public String problem() {
        return problem;
    }
}
