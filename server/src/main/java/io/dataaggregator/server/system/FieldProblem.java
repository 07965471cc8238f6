package io.dataaggregator.server.system;

/**
 * One thing wrong with one field of a request, as shown in a problem's {@code errors} list.
 *
 * @param field the JSON path of the field as the client wrote it ({@code password}, {@code
 *     steps[2].name}); the parameter name for query and path parameters
 * @param message what is wrong, in words a user can act on
 */
public record FieldProblem(String field, String message) {}
