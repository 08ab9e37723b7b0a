package org.conductledger.model;

import java.time.LocalDate;

/** 表彰奖励 of a member (2024 规定 第二十三条). */
public record Commendation(long id, long memberId, CommendationLevel level, String awardingOrg, String reason,
                           LocalDate awardedOn, String documentNo) {
}
