package org.conductledger.model;

import java.time.LocalDate;

/** 保护支持: a member attacked online for positive speech, and the measures taken (2024 规定 第二十四条). */
public record Protection(long id, long memberId, LocalDate recordedOn, String situation, String measures) {
}
