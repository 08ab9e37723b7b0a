package org.conductledger.model;

import java.util.List;

/** Input that breaks one or more rules; nothing has been saved. */
public class ValidationException extends LedgerException {

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super("error.validation", problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ValidationException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
