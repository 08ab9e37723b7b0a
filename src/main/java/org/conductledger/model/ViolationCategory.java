package org.conductledger.model;

/** One prohibited conduct, citing its regulation, article and version (reference data). */
public record ViolationCategory(long id, String code, String name, Regulation regulation, String article, int sortOrder,
                                boolean retired) {

    /** "《…》第十四条" as cited on forms. */
    public String citation(java.util.function.Function<Regulation, String> regulationName) {
        return regulation == Regulation.NONE ? "" : regulationName.apply(regulation) + (article == null ? "" : article);
    }
}
