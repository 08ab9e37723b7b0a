package org.conductledger.model;

/**
 * The regulations a violation category cites, each with the version it is (so that a 2017 case and a
 * 2024 case each cite the text in force) and the file its text ships in ({@code /regulations/}).
 */
public enum Regulation implements Labelled {
    /** 《中国共产党党员网络行为规定》, 2024. */
    RULES_2024("2024-party-member-online-conduct-rules.txt", 2024),
    /** 中宣发〔2017〕20号《关于规范党员干部网络行为的意见》. */
    OPINION_2017("2017-opinion-20hao-and-group-rules.txt", 2017),
    /** 苏宣发〔2019〕19号《关于规范党员干部网络行为的实施办法》. */
    SUZHOU_2019("2019-suzhou-implementation-measures.txt", 2019),
    /** No regulation text (其他). */
    NONE(null, 0);

    private final String file;
    private final int year;

    Regulation(String file, int year) {
        this.file = file;
        this.year = year;
    }

    /** The resource file of its text, or null. */
    public String file() {
        return file;
    }

    public int year() {
        return year;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
