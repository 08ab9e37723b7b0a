package org.conductledger.service.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.IdNumber;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberForm;

/**
 * Members that pass MemberRules: valid ID numbers (GB 11643, unique among all generated) whose birth date and
 * sex match, joined at 18 or later, 转正 a year (or eighteen months) after joining, 预备党员 within the last
 * year, cadres with a rank, a managing organisation only for cadres.
 */
final class MemberMaker {

    private static final CadreRank[] RANKS = {CadreRank.YB, CadreRank.XK_F, CadreRank.XK_Z, CadreRank.XC_F, CadreRank.XC_Z,
        CadreRank.TJ_F, CadreRank.TJ_Z};
    private static final double[] RANK_WEIGHTS = {45, 20, 14, 10, 6, 3, 2};
    private static final double[] AGE_WEIGHTS = {20, 30, 28, 22};
    private static final int[][] AGE_BANDS = {{22, 30}, {31, 40}, {41, 50}, {51, 60}};

    private final Dice dice;
    private final DemoVocabulary words;
    private final LocalDate today;
    private final Set<Long> idBodies = new HashSet<>();
    private final List<String> areas;
    private final DemoVocabulary.Words surnames;
    private final DemoVocabulary.Words ethnicities;

    MemberMaker(Dice dice, DemoVocabulary words, LocalDate today) {
        this.dice = dice;
        this.words = words;
        this.today = today;
        this.areas = words.list("areaCodes");
        this.surnames = words.words("surnames");
        this.ethnicities = words.words("ethnicities");
    }

    /** A random name: a common surname and one or two given-name characters fitting the sex. */
    String name(Gender gender) {
        List<String> own = words.list(gender == Gender.MALE ? "givenMale" : "givenFemale");
        List<String> either = words.list("givenEither");
        String given = dice.chance(0.3) ? dice.pick(own)
                : (dice.chance(0.5) ? dice.pick(either) : dice.pick(own)) + dice.pick(own);
        return surnames.pick(dice) + given;
    }

    String name() {
        return name(dice.chance(0.7) ? Gender.MALE : Gender.FEMALE);
    }

    /** A mobile number (11 digits). */
    String phone() {
        return "1" + dice.pick(new String[] {"3", "5", "7", "8", "9"}) + String.format("%09d", dice.between(0, 999_999_999));
    }

    Person make(Person.Placement placement, PlannedOrg.Kind kind, String unit) {
        Gender gender = dice.chance(0.7) ? Gender.MALE : Gender.FEMALE;
        boolean retired = kind == PlannedOrg.Kind.RETIRED;
        int[] band = retired ? new int[] {60, 92} : AGE_BANDS[dice.weighted(AGE_WEIGHTS)];
        LocalDate birth = today.minusYears(dice.between(band[0], band[1])).minusDays(dice.between(0, 364));
        String id = idNumber(birth, gender);
        boolean probationary = !retired && dice.chance(0.03);
        LocalDate joined;
        LocalDate confirmed = null;
        if (probationary) {
            joined = dice.day(today.minusDays(330), today.minusDays(20));
        } else {
            LocalDate earliest = birth.plusYears(18).plusDays(dice.between(0, 60));
            LocalDate latest = today.minusMonths(19);
            joined = birth.plusYears(dice.between(19, 35)).plusDays(dice.between(0, 364));
            if (joined.isAfter(latest)) {
                joined = dice.day(earliest, latest);
            }
            if (joined.isBefore(earliest)) {
                joined = earliest;
            }
            confirmed = joined.plusMonths(dice.chance(0.9) ? 12 : 18);
        }
        boolean cadre = !retired && dice.chance(0.28);
        CadreRank rank = cadre ? RANKS[dice.weighted(RANK_WEIGHTS)] : CadreRank.NONE;
        Long managing = !cadre || rank == CadreRank.YB ? null
                : rank == CadreRank.XK_F || rank == CadreRank.XK_Z ? placement.committeeId() : placement.rootId();
        String post = retired ? (birth.isBefore(today.minusYears(86)) ? "离休干部" : "退休干部")
                : unit + " " + (cadre ? words.pick("rankPosts." + rank.name(), dice) : nonCadrePost());
        String ethnicity = ethnicities.pick(dice);
        MemberForm form = new MemberForm(name(gender), gender, id, ethnicity, birth,
                probationary ? MemberCategory.PROBATIONARY : MemberCategory.FULL, joined, confirmed, placement.orgId(),
                post, cadre, rank, managing, dice.chance(0.85) ? phone() : null);
        return new Person(form, placement);
    }

    private String nonCadrePost() {
        String post;
        do {
            post = words.pick("posts", dice);
        } while (post.endsWith("长") || post.contains("离休") || post.contains("退休") || post.startsWith("副") || post.equals("主任"));
        return post;
    }

    /** A valid, not yet used 公民身份号码 for {@code birth}: odd sequence for a man, even for a woman. */
    private String idNumber(LocalDate birth, Gender gender) {
        String date = birth.format(DateTimeFormatter.BASIC_ISO_DATE);
        while (true) {
            String area = dice.pick(areas);
            int sequence = 2 * dice.between(0, 499) + (gender == Gender.MALE ? 1 : 0);
            String body = area + date + String.format("%03d", sequence);
            if (idBodies.add(Long.parseLong(body))) {
                String id = body + IdNumber.checkCharacter(body);
                return id;
            }
        }
    }
}
