package org.conductledger.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.conductledger.i18n.Messages;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.Labelled;
import org.conductledger.model.Member;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Platform;

/**
 * What the cells of a row refer to, as the importing user may see it: organisations by code or by path of
 * names ({@code XX党委/XX党总支/XX党支部}, or its last part when that is unambiguous), platforms and group
 * categories by name or code, members by ID number, and enumerations by their Chinese label or code.
 */
final class ImportLookups {

    private final List<Organisation> organisations;
    private final Map<Long, Organisation> byId = new HashMap<>();
    /** By code (codes are unique in a ledger; a list all the same): one look-up per row, not a scan of them all. */
    private final Map<String, List<Organisation>> byCode = new HashMap<>();
    private final List<Platform> platforms;
    private final List<GroupCategory> categories;
    private final Function<String, Optional<Member>> memberByIdNumber;
    private final Messages chinese;

    ImportLookups(List<Organisation> organisations, List<Platform> platforms, List<GroupCategory> categories,
                  Function<String, Optional<Member>> memberByIdNumber, Messages chinese) {
        this.organisations = List.copyOf(organisations);
        organisations.forEach(o -> byId.put(o.id(), o));
        organisations.forEach(o -> byCode.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o));
        this.platforms = List.copyOf(platforms);
        this.categories = List.copyOf(categories);
        this.memberByIdNumber = memberByIdNumber;
        this.chinese = chinese;
    }

    /** The organisation written as {@code text}: a code, or a path of names; empty when none or several match. */
    List<Organisation> organisations(String text) {
        String code = OrganisationRules.normaliseCode(text);
        List<Organisation> coded = byCode.get(code);
        if (coded != null) {
            return List.copyOf(coded);
        }
        List<String> wanted = Arrays.stream(text.split("[/／\\\\>＞]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Organisation> found = new ArrayList<>();
        for (Organisation o : organisations) {
            List<String> names = names(o);
            if (names.size() >= wanted.size() && names.subList(names.size() - wanted.size(), names.size()).equals(wanted)) {
                found.add(o);
            }
        }
        return found;
    }

    /** The names from the top of what the user sees down to {@code o}. */
    private List<String> names(Organisation o) {
        List<String> names = new ArrayList<>();
        for (Organisation at = o; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            names.add(0, at.name());
        }
        return names;
    }

    /** The full path of names, as the export writes it. */
    String path(Organisation o) {
        return String.join("/", names(o));
    }

    /** The organisation with exactly this code (already normalised), if the user may see it. */
    Optional<Organisation> organisationByCode(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    List<Organisation> allOrganisations() {
        return organisations;
    }

    Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Platform> platform(String text) {
        return platforms.stream().filter(p -> p.name().equals(text) || p.code().equalsIgnoreCase(text)).findFirst();
    }

    Optional<GroupCategory> category(String text) {
        return categories.stream().filter(c -> c.name().equals(text) || c.code().equalsIgnoreCase(text)).findFirst();
    }

    Optional<Member> member(String idNumber) {
        return memberByIdNumber.apply(idNumber.toUpperCase(Locale.ROOT));
    }

    /** The constant of {@code type} whose Chinese label (or code) is {@code text}. */
    <E extends Enum<E> & Labelled> Optional<E> choice(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (chinese.label(value).equals(text) || value.name().equalsIgnoreCase(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    String label(Labelled value) {
        return chinese.label(value);
    }

    List<String> platformNames() {
        return platforms.stream().filter(p -> !p.retired()).map(Platform::name).toList();
    }

    List<String> categoryNames() {
        return categories.stream().filter(c -> !c.retired()).map(GroupCategory::name).toList();
    }
}
