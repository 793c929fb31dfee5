package io.dynamicendpoints.adapters.http.error;

import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one sentence a request Micronaut refused (4xx) is told: written here for the refusals whose
 * text comes from a library, and Micronaut's own otherwise, unless it reads like internals.
 *
 * <p>Why: Micronaut passes on the parser's and the converter's texts as they are, and those name
 * Jackson's features and tokens ({@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION},
 * {@code START_ARRAY}), a {@code NumberFormatException}'s input, and the Java names of our methods'
 * parameters: a map of the server for whoever probes it, and no help to a caller.
 */
final class ClientErrorMessage {

    /** What no caller needs to read: exception and package names, parser locations, several lines. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\b(?:java|javax|jakarta|com|io|org|net)\\.[a-z]|\\[Source:|START_|END_|VALUE_|[\\r\\n\\t]");

    private ClientErrorMessage() {
    }

    /** The sentence for a refusal with {@code context}; {@code fallback} when there is nothing better. */
    static String of(ErrorContext context, String fallback) {
        for (Throwable cause = context.getRootCause().orElse(null); cause != null; cause = cause.getCause()) {
            Optional<String> known = known(cause);
            if (known.isPresent()) {
                return known.get();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String micronauts = context.getErrors().isEmpty() ? null : context.getErrors().getFirst().getMessage();
        return micronauts == null || micronauts.isBlank() || INTERNALS.matcher(micronauts).find() ? fallback : micronauts;
    }

    private static Optional<String> known(Throwable cause) {
        return switch (cause) {
            case JsonSyntaxException ignored -> Optional.of("The request body is not valid JSON");
            case ConversionErrorException conversion -> Optional.of(isBody(conversion.getArgument())
                    ? "The request body is not valid JSON of the shape this operation takes"
                    : "The value of '" + nameOf(conversion.getArgument()) + "' is not valid here");
            case UnsatisfiedRouteException unsatisfied -> Optional.of(isBody(unsatisfied.getArgument())
                    ? "The request needs a body"
                    : "The request lacks '" + nameOf(unsatisfied.getArgument()) + "'");
            case ConstraintViolationException invalid when !invalid.getConstraintViolations().isEmpty() ->
                    Optional.of(sentence(invalid.getConstraintViolations().iterator().next()));
            default -> Optional.empty();
        };
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    /** The name the caller used: a query value's or header's own name, else the parameter's. */
    private static String nameOf(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(Bindable.class).filter(name -> !name.isBlank())
                .orElse(argument.getName());
    }

    /** For example {@code password must not be blank}: the field as the caller sent it, without our parameter's name. */
    private static String sentence(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field = node.getName();
            }
        }
        return field == null ? violation.getMessage() : field + " " + violation.getMessage();
    }
}
