package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.GroupRole;
import org.conductledger.model.Operator;
import org.conductledger.model.Platform;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Uscc;
import org.conductledger.store.BulkRows;

/**
 * About three register records per member on the platforms each kind is usually found on, with realistic dates:
 * most reported within the deadline, some late, a few recent ones not yet reported; some accounts suspended or
 * closed, groups warned, paused or dissolved, filings cancelled or changed (变更备案: a second version with the
 * same filing number). Every form passes RegisterRules; every open account or group number is unique.
 */
final class RegisterMaker {

    private static final String[] ACCOUNT_PLATFORMS = {"WX_PERSONAL", "WX_WORK", "WB", "DY", "QQ", "DD", "WX_CHANNELS",
        "WX_SUBSCRIPTION", "KS", "WX_SERVICE", "TT", "XHS", "BL", "ZH", "TX", "ZB", "LT", "APP", "OS", "OTHER"};
    private static final double[] ACCOUNT_WEIGHTS = {25, 10, 12, 10, 6, 8, 5, 5, 4, 3, 3, 3, 2, 2, 1, 1, 1, 1, 0.5, 0.5};
    private static final String[] GROUP_PLATFORMS = {"WX_PERSONAL", "WX_WORK", "QQ", "DD", "OTHER"};
    private static final double[] GROUP_WEIGHTS = {55, 15, 14, 15, 1};
    private static final String[] FILING_PLATFORMS = {"WX_SUBSCRIPTION", "DY", "WB", "XHS", "WX_CHANNELS", "BL", "TT", "KS", "ZH"};
    private static final double[] FILING_WEIGHTS = {30, 15, 12, 10, 10, 6, 6, 6, 5};
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Dice dice;
    private final DemoVocabulary words;
    private final MemberMaker people;
    private final LocalDate today;
    private final Map<String, Platform> platforms = new HashMap<>();
    private final List<GroupCategory> categories;
    private long serial;

    RegisterMaker(Dice dice, DemoVocabulary words, MemberMaker people, LocalDate today, List<Platform> platforms,
                  List<GroupCategory> categories) {
        this.dice = dice;
        this.words = words;
        this.people = people;
        this.today = today;
        platforms.forEach(p -> this.platforms.put(p.code(), p));
        this.categories = categories.stream().filter(c -> !c.retired()).toList();
    }

    /** A record and, for a changed filing, its second version (which the caller stores after the first). */
    record Made(BulkRows.RegisterRow row, RegisterForm changedTo, LocalDate changedOn, String reason,
                RegisterStatus changedStatus, LocalDate changedStatusOn) {
    }

    /** The member's records; each {@link Made} says whether a 变更备案 follows. */
    List<Made> make(Person person) {
        int count = dice.between(0, 6) + (person.form.cadre() ? 1 : 0);
        List<Made> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double r = dice.unit();
            RegisterKind kind = r < 0.40 ? RegisterKind.ACCOUNT : r < 0.82 ? RegisterKind.GROUP : RegisterKind.FILING;
            made.add(record(person, kind));
        }
        return made;
    }

    private Made record(Person person, RegisterKind kind) {
        LocalDate earliest = max(person.form.joinedOn(), today.minusYears(8));
        LocalDate opened = dice.day(earliest, today.minusDays(1));
        LocalDate reported = reported(kind, opened);
        Platform platform = platform(kind);
        RegisterForm form = switch (kind) {
            case ACCOUNT -> account(person, platform, opened, reported);
            case GROUP -> group(person, platform, opened, reported);
            case FILING -> filing(person, platform, opened, reported, words.pick("filingNames", dice, nickname(person)),
                    identifier(platform));
        };
        LocalDate initial = kind == RegisterKind.FILING ? reported : opened;
        List<BulkRows.StatusStep> steps = new ArrayList<>();
        steps.add(new BulkRows.StatusStep(null, kind.initialStatus(), initial, null));
        RegisterStatus status = kind.initialStatus();
        LocalDate statusOn = initial;
        LocalDate earliestChange = initial.plusDays(30);
        if (kind == RegisterKind.FILING && !earliestChange.isAfter(today) && dice.chance(0.12)) {
            // 变更备案: this version becomes 已变更, a second one carries the same number on.
            LocalDate on = dice.day(earliestChange, today);
            String reason = words.pick("statusReasons.CHANGED", dice);
            String newName = words.pick("filingNames", dice, nickname(person));
            RegisterForm changed = filing(person, platform, opened, on, newName.equals(form.name()) ? newName + "（新）" : newName,
                    form.identifier());
            steps.add(new BulkRows.StatusStep(status, RegisterStatus.CHANGED, on, reason));
            BulkRows.RegisterRow row = row(person, form, RegisterStatus.CHANGED, on, false, reported, steps);
            RegisterStatus after = RegisterStatus.FILED;
            LocalDate afterOn = on;
            if (on.plusDays(30).isBefore(today) && dice.chance(0.15)) {
                after = RegisterStatus.CANCELLED;
                afterOn = dice.day(on.plusDays(30), today);
            }
            return new Made(row, changed, on, reason, after, afterOn);
        }
        RegisterStatus next = laterStatus(kind);
        if (next != null && !earliestChange.isAfter(today)) {
            LocalDate on = dice.day(earliestChange, today);
            steps.add(new BulkRows.StatusStep(status, next, on, words.pick("statusReasons." + next.name(), dice)));
            status = next;
            statusOn = on;
        }
        return new Made(row(person, form, status, statusOn, true, reported, steps), null, null, null, null, null);
    }

    /** The second version of a changed filing, once the first is stored as {@code firstId}. */
    BulkRows.RegisterRow secondVersion(Made made, long firstId) {
        List<BulkRows.StatusStep> steps = new ArrayList<>();
        steps.add(new BulkRows.StatusStep(null, RegisterStatus.FILED, made.changedOn(), made.reason()));
        if (made.changedStatus() != RegisterStatus.FILED) {
            steps.add(new BulkRows.StatusStep(RegisterStatus.FILED, made.changedStatus(), made.changedStatusOn(),
                    words.pick("statusReasons." + made.changedStatus().name(), dice)));
        }
        BulkRows.RegisterRow first = made.row();
        return new BulkRows.RegisterRow(made.changedTo(), first.orgId(), made.changedStatus(), made.changedStatusOn(),
                first.filingNo(), null, 2, firstId, true, first.firstReportedOn(), steps);
    }

    private BulkRows.RegisterRow row(Person person, RegisterForm form, RegisterStatus status, LocalDate statusOn,
                                     boolean latest, LocalDate reported, List<BulkRows.StatusStep> steps) {
        return new BulkRows.RegisterRow(form, person.placement.orgId(), status, statusOn, null, null, 1, null, latest,
                reported, steps);
    }

    private RegisterStatus laterStatus(RegisterKind kind) {
        double r = dice.unit();
        return switch (kind) {
            case ACCOUNT -> r < 0.08 ? RegisterStatus.SUSPENDED : r < 0.22 ? RegisterStatus.CLOSED : null;
            case GROUP -> r < 0.05 ? RegisterStatus.WARNED : r < 0.10 ? RegisterStatus.PAUSED : r < 0.28 ? RegisterStatus.DISSOLVED : null;
            case FILING -> r < 0.10 ? RegisterStatus.CANCELLED : null;
        };
    }

    /** Within the 30-day deadline mostly, late sometimes; an account or group may be not reported yet. */
    private LocalDate reported(RegisterKind kind, LocalDate opened) {
        double r = dice.unit();
        LocalDate on;
        if (r < 0.80) {
            on = dice.after(opened, 0, 25);
        } else if (r < 0.95 || kind == RegisterKind.FILING) {
            on = dice.after(opened, 31, 150);
        } else {
            return null;
        }
        if (on.isAfter(today)) {
            return kind == RegisterKind.FILING ? today : null;
        }
        return on;
    }

    private Platform platform(RegisterKind kind) {
        String code = switch (kind) {
            case ACCOUNT -> ACCOUNT_PLATFORMS[dice.weighted(ACCOUNT_WEIGHTS)];
            case GROUP -> GROUP_PLATFORMS[dice.weighted(GROUP_WEIGHTS)];
            case FILING -> FILING_PLATFORMS[dice.weighted(FILING_WEIGHTS)];
        };
        Platform platform = platforms.get(code);
        if (platform == null || platform.retired()) {
            platform = platforms.values().stream().filter(p -> !p.retired() && !p.overseasDefault())
                    .min(java.util.Comparator.comparingInt(Platform::sortOrder)).orElseThrow();
        }
        return platform;
    }

    private RegisterForm account(Person person, Platform platform, LocalDate opened, LocalDate reported) {
        String holder = dice.chance(0.5) ? person.form.name() : shortUnit(person);
        String identifier = identifier(platform);
        List<Operator> operators = dice.chance(0.2) ? operators() : List.of();
        return new RegisterForm(RegisterKind.ACCOUNT, person.id, platform.id(), platform.overseasDefault(),
                words.pick("accountNames", dice, holder), identifier, url(platform, identifier), person.form.workUnitPost(),
                words.pick("accountPurposes", dice), opened, reported, null, null, null, false, null, null, null, null, null,
                null, operators);
    }

    private RegisterForm group(Person person, Platform platform, LocalDate opened, LocalDate reported) {
        boolean inRole = dice.chance(0.6);
        Integer size = dice.chance(0.8) ? (dice.chance(0.6) ? dice.between(8, 99) : dice.between(100, 500)) : null;
        return new RegisterForm(RegisterKind.GROUP, person.id, platform.id(), platform.overseasDefault(),
                words.pick("groupNames", dice, groupSubject(person)), groupNumber(), null,
                inRole ? person.form.workUnitPost() : null, words.pick("groupPurposes", dice), opened, reported, null,
                dice.pick(categories).id(), dice.chance(0.7) ? GroupRole.CREATOR : GroupRole.ADMIN, inRole, size,
                size == null ? null : dice.day(opened, today), null, null, null, null, List.of());
    }

    private RegisterForm filing(Person person, Platform platform, LocalDate opened, LocalDate reported, String name,
                                String identifier) {
        String certSubject = null;
        String uscc = null;
        double r = dice.unit();
        if (r < 0.5) {
            certSubject = person.form.name();
        } else if (r < 0.6) {
            certSubject = words.pick("certSubjects", dice, nickname(person));
            uscc = uscc();
        }
        return new RegisterForm(RegisterKind.FILING, person.id, platform.id(), platform.overseasDefault(), name, identifier,
                url(platform, identifier), null, null, opened, reported, null, null, null, false, null, null,
                words.pick("accountTypes", dice), certSubject, uscc, words.pick("contentAreas", dice),
                dice.chance(0.4) ? operators() : List.of());
    }

    private List<Operator> operators() {
        List<Operator> operators = new ArrayList<>();
        for (int i = dice.between(1, 2); i > 0; i--) {
            operators.add(new Operator(people.name(), words.pick("operatorPosts", dice)));
        }
        return operators;
    }

    /** A new account ID for every record of the run (never the same open key twice). */
    private String identifier(Platform platform) {
        long n = ++serial * 0x9E3779B97F4A7C15L;
        String unique = Long.toUnsignedString(n, 36);
        return switch (platform.code()) {
            case "WX_PERSONAL", "WX_WORK", "WX_CHANNELS" -> "wxid_" + unique;
            case "WX_SUBSCRIPTION", "WX_SERVICE", "WX_MINIAPP" -> "gh_" + unique;
            case "WB", "QQ", "BL", "KS" -> String.valueOf(number());
            default -> platform.code().toLowerCase(java.util.Locale.ROOT) + "_" + unique;
        };
    }

    /** Ten digits, different for every call of the run (a bijection of the serial modulo 9·10⁹). */
    private long number() {
        long n = ++serial;
        return 1_000_000_000L + Math.floorMod(n * 48_271L, 9_000_000_000L);
    }

    private String groupNumber() {
        return String.valueOf(number());
    }

    private static String url(Platform platform, String identifier) {
        return switch (platform.code()) {
            case "WB" -> "https://weibo.com/u/" + identifier;
            case "DY" -> "https://www.douyin.com/user/" + identifier;
            case "BL" -> "https://space.bilibili.com/" + identifier;
            case "XHS" -> "https://www.xiaohongshu.com/user/profile/" + identifier;
            case "ZH" -> "https://www.zhihu.com/people/" + identifier;
            default -> null;
        };
    }

    private String uscc() {
        StringBuilder s = new StringBuilder("91").append(words.pick("areaCodes", dice));
        for (int i = 0; i < 9; i++) {
            s.append(USCC_ALPHABET.charAt(dice.between(0, USCC_ALPHABET.length() - 1)));
        }
        return s.append(Uscc.checkCharacter(s.toString())).toString();
    }

    private static String nickname(Person person) {
        String name = person.form.name();
        return name.length() > 2 ? name.substring(name.length() - 2) : "阿" + name.substring(name.length() - 1);
    }

    private String groupSubject(Person person) {
        return dice.chance(0.5) ? person.placement.orgName().replace("党支部", "") : shortUnit(person);
    }

    private static String shortUnit(Person person) {
        String post = person.form.workUnitPost();
        int space = post == null ? -1 : post.indexOf(' ');
        return space > 0 ? post.substring(0, space) : person.placement.committeeName().replace("党委", "");
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
