package io.dynamicendpoints.domain.step;

/**
 * A step field that breaks a rule. {@link #field()} is the JSON name of the field inside the step
 * ({@code entity}, {@code return_type}); whoever reads a whole tree prefixes it with the step's path.
 */
public final class InvalidStepException extends IllegalArgumentException {

    private final String field;

    public InvalidStepException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
